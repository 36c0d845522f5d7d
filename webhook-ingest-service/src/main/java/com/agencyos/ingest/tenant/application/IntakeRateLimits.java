package com.agencyos.ingest.tenant.application;

import com.agencyos.ingest.tenant.domain.TokenBucket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per tenant, in this process only. Buckets exist only for tenants that passed a signature check,
 * so their number is bounded by the tenants that have secrets.
 *
 * @param defaults the limit of every tenant without its own
 * @param perTenant tenants with their own limit
 */
public final class IntakeRateLimits {

    /** Checked when the configuration binds, so a bad limit stops the service at start rather than at the first lead. */
    public record Limit(int burst, double perSecond) {
        public Limit {
            if (burst < 1 || !(perSecond > 0)) {
                throw new IllegalArgumentException("An intake rate limit needs burst >= 1 and per-second > 0, not "
                        + burst + " and " + perSecond);
            }
        }
    }

    private final Limit defaults;
    private final Map<UUID, Limit> perTenant;
    private final LongSupplier nanoClock;
    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();

    public IntakeRateLimits(Limit defaults, Map<UUID, Limit> perTenant, LongSupplier nanoClock) {
        this.defaults = defaults;
        this.perTenant = Map.copyOf(perTenant);
        this.nanoClock = nanoClock;
    }

    /** @throws IntakeThrottledException when the tenant's bucket is empty */
    public void take(UUID tenantId) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket = buckets.computeIfAbsent(tenantId, id -> {
            Limit limit = perTenant.getOrDefault(id, defaults);
            return new TokenBucket(limit.burst(), limit.perSecond(), now);
        });
        long wait = bucket.tryTake(now);
        if (wait > 0) {
            throw new IntakeThrottledException(Duration.ofNanos(wait));
        }
    }
}
