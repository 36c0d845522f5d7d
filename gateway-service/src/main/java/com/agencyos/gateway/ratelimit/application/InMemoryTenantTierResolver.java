package com.agencyos.gateway.ratelimit.application;

import com.agencyos.gateway.ratelimit.domain.Tier;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Tiers known to this process; tenants it has not heard of get the default tier. */
public final class InMemoryTenantTierResolver implements TenantTierResolver {

    private final Map<String, Tier> tiers = new ConcurrentHashMap<>();
    private final Tier defaultTier;

    public InMemoryTenantTierResolver(Tier defaultTier) {
        this.defaultTier = Objects.requireNonNull(defaultTier, "defaultTier");
    }

    @Override
    public Tier tierOf(String tenantId) {
        if (tenantId == null) {
            return defaultTier;
        }
        return tiers.getOrDefault(tenantId, defaultTier);
    }

    public void assign(String tenantId, Tier tier) {
        tiers.put(Objects.requireNonNull(tenantId, "tenantId"), Objects.requireNonNull(tier, "tier"));
    }

    public void forget(String tenantId) {
        tiers.remove(tenantId);
    }
}
