package com.agencyos.ingest.tenant.domain;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perSecond}; each admitted
 * request takes one. Time is passed in (monotonic nanoseconds) so the bucket is pure and testable.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, double perSecond, long nowNanos) {
        if (capacity < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("A token bucket needs a capacity of at least 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. @return 0 when admitted, otherwise the nanoseconds until a token is due */
    public synchronized long tryTake(long nowNanos) {
        if (nowNanos > last) {
            tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
            last = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }
}
