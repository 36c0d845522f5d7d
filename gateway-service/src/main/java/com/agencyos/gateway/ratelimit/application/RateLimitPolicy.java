package com.agencyos.gateway.ratelimit.application;

import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.Tier;
import java.util.Map;
import java.util.Objects;

/**
 * Who shares a bucket and how big it is. A tenant's users and machine clients share one bucket, keyed by
 * the {@code tenant_id} claim; a caller without a tenant (a platform admin) gets a bucket of its own,
 * keyed by {@code sub}, at the default tier.
 */
public final class RateLimitPolicy {

    private final TenantTierResolver tiers;
    private final Map<Tier, Quota> quotas;

    public RateLimitPolicy(TenantTierResolver tiers, Map<Tier, Quota> quotas) {
        this.tiers = Objects.requireNonNull(tiers, "tiers");
        for (Tier tier : Tier.values()) {
            if (!quotas.containsKey(tier)) {
                throw new IllegalArgumentException("no quota configured for tier " + tier);
            }
        }
        this.quotas = Map.copyOf(quotas);
    }

    public Limit limitFor(String tenantId, String subject) {
        if (tenantId != null && !tenantId.isBlank()) {
            return new Limit("tenant:" + tenantId, quotas.get(tiers.tierOf(tenantId)));
        }
        return new Limit("subject:" + subject, quotas.get(tiers.tierOf(null)));
    }

    public record Limit(String clientKey, Quota quota) {
    }
}
