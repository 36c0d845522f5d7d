package com.agencyos.gateway.ratelimit.application;

import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.RateLimitDecision;
import reactor.core.publisher.Mono;

/** Takes one token from a client's bucket, wherever the buckets live. */
public interface RateLimiter {

    Mono<RateLimitDecision> tryAcquire(String clientKey, Quota quota);
}
