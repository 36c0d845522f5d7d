package com.agencyos.gateway.ratelimit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.agencyos.gateway.ratelimit.application.RateLimitPolicy.Limit;
import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.Tier;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

    private static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    private static final Quota IGNITION = new Quota(20, 40);
    private static final Quota VELOCITY = new Quota(50, 100);
    private static final Quota DOMINANCE = new Quota(100, 200);

    private final InMemoryTenantTierResolver tiers = new InMemoryTenantTierResolver(Tier.IGNITION);
    private final RateLimitPolicy policy = new RateLimitPolicy(tiers,
            Map.of(Tier.IGNITION, IGNITION, Tier.VELOCITY, VELOCITY, Tier.DOMINANCE, DOMINANCE));

    @Test
    void everyCallerOfATenantSharesTheTenantsBucket() {
        Limit owner = policy.limitFor(ACME, "user-owner");
        Limit machine = policy.limitFor(ACME, "service-account-importer");

        assertThat(owner.clientKey()).isEqualTo("tenant:" + ACME).isEqualTo(machine.clientKey());
    }

    @Test
    void sizesTheBucketByTheTenantsTier() {
        tiers.assign(ACME, Tier.VELOCITY);

        assertThat(policy.limitFor(ACME, "user-owner").quota()).isEqualTo(VELOCITY);
    }

    @Test
    void aTenantWithUnknownTierGetsTheDefaultQuota() {
        assertThat(policy.limitFor(ACME, "user-owner").quota()).isEqualTo(IGNITION);
    }

    @Test
    void aPlatformAdminWithoutTenantGetsABucketOfItsOwn() {
        Limit admin = policy.limitFor(null, "admin-subject");
        Limit blankTenant = policy.limitFor(" ", "admin-subject");

        assertThat(admin.clientKey()).isEqualTo("subject:admin-subject").isEqualTo(blankTenant.clientKey());
        assertThat(admin.quota()).isEqualTo(IGNITION);
    }

    @Test
    void refusesAConfigurationMissingATier() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy(tiers,
                Map.of(Tier.IGNITION, IGNITION, Tier.VELOCITY, VELOCITY)));
    }
}
