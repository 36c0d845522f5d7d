package com.agencyos.gateway.config;

import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import com.agencyos.gateway.ratelimit.adapter.inprocess.InProcessRateLimiter;
import com.agencyos.gateway.ratelimit.adapter.messaging.TenantTierFeed;
import com.agencyos.gateway.ratelimit.adapter.redis.RedisRateLimiter;
import com.agencyos.gateway.ratelimit.adapter.web.TenantRateLimitFilter;
import com.agencyos.gateway.ratelimit.application.InMemoryTenantTierResolver;
import com.agencyos.gateway.ratelimit.application.RateLimitPolicy;
import com.agencyos.gateway.ratelimit.application.RateLimiter;
import com.agencyos.gateway.ratelimit.application.TenantTierResolver;
import com.agencyos.gateway.ratelimit.domain.TokenBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Per-tenant rate limits. Buckets live in Redis when {@code spring.data.redis.host} is set (shared by
 * all replicas), otherwise in this process (correct for a single instance only).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "agencyos.gateway.rate-limits.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnMissingBean(TenantTierResolver.class)
    InMemoryTenantTierResolver tenantTierResolver(GatewayProperties gateway) {
        return new InMemoryTenantTierResolver(gateway.rateLimits().defaultTier());
    }

    /** Tiers from {@code tenant.changed}; off when no Kafka is configured (every tenant then has the default tier). */
    @Bean
    @ConditionalOnExpression("!'${agencyos.gateway.tenant-feed.bootstrap-servers:}'.isBlank()")
    TenantTierFeed tenantTierFeed(InMemoryTenantTierResolver tiers,
            @Value("${agencyos.gateway.tenant-feed.bootstrap-servers}") String bootstrapServers,
            @Value("${agencyos.gateway.tenant-feed.topic:tenant.changed}") String topic) {
        return new TenantTierFeed(bootstrapServers, topic, tiers);
    }

    @Bean
    RateLimitPolicy rateLimitPolicy(TenantTierResolver tiers, GatewayProperties gateway) {
        return new RateLimitPolicy(tiers, gateway.rateLimits().quotas());
    }

    @Bean
    @ConditionalOnProperty(name = RedisAutoConfigurationGate.HOST_PROPERTY)
    RateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis, GatewayProperties gateway) {
        return new RedisRateLimiter(redis, gateway.rateLimits().redisKeyPrefix());
    }

    @Bean
    @ConditionalOnMissingBean(RateLimiter.class)
    RateLimiter inProcessRateLimiter(GatewayProperties gateway) {
        return new InProcessRateLimiter(new TokenBuckets(System::nanoTime, gateway.rateLimits().maxTrackedClients()));
    }

    @Bean
    TenantRateLimitFilter tenantRateLimitFilter(RateLimitPolicy policy, RateLimiter limiter,
            ProblemResponses problems) {
        return new TenantRateLimitFilter(policy, limiter, problems);
    }
}
