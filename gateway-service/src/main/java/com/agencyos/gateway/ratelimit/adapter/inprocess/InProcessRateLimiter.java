package com.agencyos.gateway.ratelimit.adapter.inprocess;

import com.agencyos.gateway.ratelimit.application.RateLimiter;
import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.RateLimitDecision;
import com.agencyos.gateway.ratelimit.domain.TokenBuckets;
import reactor.core.publisher.Mono;

/**
 * Buckets in this JVM's memory. Correct for a single gateway instance only: with N replicas each
 * tenant effectively gets N times its quota. Configure Redis to share buckets between replicas.
 */
public class InProcessRateLimiter implements RateLimiter {

    private final TokenBuckets buckets;

    public InProcessRateLimiter(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String clientKey, Quota quota) {
        return Mono.fromSupplier(() -> buckets.tryConsume(clientKey, quota));
    }
}
