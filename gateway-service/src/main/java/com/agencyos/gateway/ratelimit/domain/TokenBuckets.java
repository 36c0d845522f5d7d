package com.agencyos.gateway.ratelimit.domain;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token buckets of every client seen by this process. Full buckets are dropped once the map grows past
 * {@code maxTrackedClients}, which keeps memory bounded without changing any decision.
 */
public final class TokenBuckets {

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final int maxTrackedClients;

    public TokenBuckets(LongSupplier nanoClock, int maxTrackedClients) {
        this.nanoClock = nanoClock;
        this.maxTrackedClients = maxTrackedClients;
    }

    public RateLimitDecision tryConsume(String clientKey, Quota quota) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket = buckets.compute(clientKey, (key, existing) -> {
            if (existing == null) {
                return new TokenBucket(quota, now);
            }
            return existing.quota().equals(quota) ? existing : existing.withQuota(quota, now);
        });
        RateLimitDecision decision = bucket.tryConsume(now);
        if (buckets.size() > maxTrackedClients) {
            buckets.values().removeIf(candidate -> candidate.isFull(now));
        }
        return decision;
    }

    public int trackedClients() {
        return buckets.size();
    }
}
