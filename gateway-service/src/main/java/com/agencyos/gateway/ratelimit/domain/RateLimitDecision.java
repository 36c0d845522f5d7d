package com.agencyos.gateway.ratelimit.domain;

import java.time.Duration;

/** The answer to one request for a token: allowed, or refused until {@code retryAfter} has passed. */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    public static RateLimitDecision allowed(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    public static RateLimitDecision refused(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }

    /** Whole seconds for a {@code Retry-After} header, never 0 so clients do not retry at once. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
