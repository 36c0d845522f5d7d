package com.agencyos.tenant.tenancy.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tenants as the tests need them. */
final class Tenants {

    static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

    private Tenants() {
    }

    static TenantForm acmeForm() {
        return new TenantForm(null, "Acme Agency", "velocity", null, null, null);
    }

    static Tenant onTier(Tier tier) {
        return Tenant.open(UUID.randomUUID(), new TenantForm(null, "Acme Agency", tier.name(), null, null, null).validate(),
                CREATED);
    }

    static IcpForm icpOf(List<String> industries, Integer sizeMin, Integer sizeMax) {
        return new IcpForm(industries, sizeMin, sizeMax, null, null, null, null);
    }
}
