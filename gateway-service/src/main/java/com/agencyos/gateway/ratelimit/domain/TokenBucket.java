package com.agencyos.gateway.ratelimit.domain;

import java.time.Duration;

/**
 * One client's token bucket. Time is passed in as monotonic nanoseconds so the refill arithmetic can be
 * tested without waiting.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final Quota quota;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucket(Quota quota, long nowNanos) {
        this(quota, quota.burst(), nowNanos);
    }

    private TokenBucket(Quota quota, double tokens, long nowNanos) {
        this.quota = quota;
        this.tokens = tokens;
        this.lastRefillNanos = nowNanos;
    }

    public synchronized RateLimitDecision tryConsume(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return RateLimitDecision.allowed((long) Math.floor(tokens));
        }
        double secondsUntilOneToken = (1 - tokens) / quota.requestsPerSecond();
        return RateLimitDecision.refused(Duration.ofNanos((long) Math.ceil(secondsUntilOneToken * NANOS_PER_SECOND)));
    }

    /**
     * The same client under a new quota (its tier changed) keeps what it has left, capped at the new
     * burst, so an upgrade does not hand out a free burst and a downgrade takes effect at once.
     */
    public synchronized TokenBucket withQuota(Quota newQuota, long nowNanos) {
        refill(nowNanos);
        return new TokenBucket(newQuota, Math.min(tokens, newQuota.burst()), nowNanos);
    }

    /** A full bucket behaves exactly like a fresh one, so it can be forgotten. */
    public synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= quota.burst();
    }

    public Quota quota() {
        return quota;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - lastRefillNanos;
        if (elapsed > 0) {
            tokens = Math.min(quota.burst(), tokens + elapsed / NANOS_PER_SECOND * quota.requestsPerSecond());
            lastRefillNanos = nowNanos;
        }
    }
}
