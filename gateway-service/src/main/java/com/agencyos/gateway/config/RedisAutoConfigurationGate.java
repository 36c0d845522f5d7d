package com.agencyos.gateway.config;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Redis is optional: without {@code spring.data.redis.host} Boot would still build a client for
 * localhost:6379 and report it DOWN in health. This filter drops the Redis auto-configurations unless a
 * host is configured, so the in-process rate limiter is used and health stays honest. The gateway's own
 * Redis rate limiter and route repository are never used, so they are always dropped.
 */
public class RedisAutoConfigurationGate implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String HOST_PROPERTY = "spring.data.redis.host";

    private static final String REDIS_PACKAGE = "org.springframework.boot.data.redis.autoconfigure.";
    private static final Set<String> NEVER_USED = Set.of("org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean redisConfigured = StringUtils.hasText(environment.getProperty(HOST_PROPERTY));
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            if (candidate == null) {
                continue;
            }
            matches[i] = !NEVER_USED.contains(candidate) && (redisConfigured || !candidate.startsWith(REDIS_PACKAGE));
        }
        return matches;
    }
}
