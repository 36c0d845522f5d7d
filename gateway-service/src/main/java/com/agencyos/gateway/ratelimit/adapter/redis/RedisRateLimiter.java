package com.agencyos.gateway.ratelimit.adapter.redis;

import com.agencyos.gateway.ratelimit.application.RateLimiter;
import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.RateLimitDecision;
import java.time.Duration;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, updated atomically by a Lua script using Redis's own clock, so every gateway
 * replica draws from the same bucket whatever its local clock says.
 */
public class RedisRateLimiter implements RateLimiter {

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List<Long>> SCRIPT = (RedisScript) RedisScript.of(
            new ClassPathResource("scripts/token_bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;

    public RedisRateLimiter(ReactiveStringRedisTemplate redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String clientKey, Quota quota) {
        // The hash tag keeps a bucket on one Redis Cluster slot.
        String key = keyPrefix + "{" + clientKey + "}";
        return redis.execute(SCRIPT, List.of(key),
                        List.of(Double.toString(quota.requestsPerSecond()), Integer.toString(quota.burst())))
                .next()
                .map(RedisRateLimiter::decision);
    }

    private static RateLimitDecision decision(List<Long> result) {
        if (result.get(0) == 1L) {
            return RateLimitDecision.allowed(result.get(1));
        }
        return RateLimitDecision.refused(Duration.ofMillis(result.get(2)));
    }
}
