package com.agencyos.enrichment.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    static TenantState tenant(String status, int pool, int used, boolean deleted) {
        return new TenantState(UUID.randomUUID(), status, pool, used, "AU", "Australia/Melbourne", deleted, 1);
    }

    @Test
    void premiumIsCappedAtFifteenPercentOfTheDaysLeadsCountingTheLeadAsking() {
        assertThat(PremiumCap.allows(6, 0, 0.15)).isFalse();
        assertThat(PremiumCap.allows(7, 0, 0.15)).isTrue();
        assertThat(PremiumCap.allows(13, 1, 0.15)).isFalse();
        assertThat(PremiumCap.allows(14, 1, 0.15)).isTrue();
        assertThat(PremiumCap.allows(100, 15, 0.15)).isFalse();
        assertThat(PremiumCap.allows(100, 14, 0.15)).isTrue();
    }

    @Test
    void onlyActiveAndTrialingTenantsWithLeadPoolLeftAreEligible() {
        assertThat(tenant("active", 100, 99, false).eligibility()).isEqualTo(TenantState.Eligibility.eligible);
        assertThat(tenant("trialing", 100, 0, false).eligibility()).isEqualTo(TenantState.Eligibility.eligible);
        assertThat(tenant("active", 100, 100, false).eligibility()).isEqualTo(TenantState.Eligibility.parked);
        assertThat(tenant("past_due", 100, 0, false).eligibility()).isEqualTo(TenantState.Eligibility.parked);
        assertThat(tenant("paused", 100, 0, false).eligibility()).isEqualTo(TenantState.Eligibility.parked);
        assertThat(tenant("active", 100, 0, true).eligibility()).isEqualTo(TenantState.Eligibility.deleted);
    }

    @Test
    void cacheKeysAreVersionedAndPersonDataLivesLongerThanCompanyData() {
        var query = new LeadQuery("Jo@Acme.com.au", null, null, null, null, "acme.com.au", null, null);
        assertThat(CacheKey.of(CacheKey.Scope.person, query)).isEqualTo(new CacheKey("v1:person:jo@acme.com.au", Duration.ofDays(90)));
        assertThat(CacheKey.of(CacheKey.Scope.company, query)).isEqualTo(new CacheKey("v1:company:acme.com.au", Duration.ofDays(30)));
        assertThat(CacheKey.of(CacheKey.Scope.company, new LeadQuery("jo@gmail.com", null, null, null, null, null, null, null))).isNull();
    }
}
