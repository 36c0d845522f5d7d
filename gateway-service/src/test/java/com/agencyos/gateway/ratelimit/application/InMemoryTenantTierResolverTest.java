package com.agencyos.gateway.ratelimit.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.gateway.ratelimit.domain.Tier;
import org.junit.jupiter.api.Test;

class InMemoryTenantTierResolverTest {

    private static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    private static final String GLOBEX = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002";

    private final InMemoryTenantTierResolver tiers = new InMemoryTenantTierResolver(Tier.IGNITION);

    @Test
    void givesAnUnknownTenantTheDefaultTier() {
        assertThat(tiers.tierOf(ACME)).isEqualTo(Tier.IGNITION);
    }

    @Test
    void givesACallerWithoutTenantTheDefaultTier() {
        assertThat(tiers.tierOf(null)).isEqualTo(Tier.IGNITION);
    }

    @Test
    void remembersTheTierATenantWasAssigned() {
        tiers.assign(ACME, Tier.DOMINANCE);

        assertThat(tiers.tierOf(ACME)).isEqualTo(Tier.DOMINANCE);
        assertThat(tiers.tierOf(GLOBEX)).isEqualTo(Tier.IGNITION);
    }

    @Test
    void followsATierChange() {
        tiers.assign(ACME, Tier.VELOCITY);
        tiers.assign(ACME, Tier.IGNITION);

        assertThat(tiers.tierOf(ACME)).isEqualTo(Tier.IGNITION);
    }

    @Test
    void fallsBackToTheDefaultOnceATenantIsForgotten() {
        InMemoryTenantTierResolver velocityByDefault = new InMemoryTenantTierResolver(Tier.VELOCITY);
        velocityByDefault.assign(ACME, Tier.DOMINANCE);

        velocityByDefault.forget(ACME);

        assertThat(velocityByDefault.tierOf(ACME)).isEqualTo(Tier.VELOCITY);
    }
}
