package com.agencyos.tenant.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantTest {

    static final Instant LATER = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void eachTierComesWithItsQuotas() {
        assertThat(Tenants.onTier(Tier.ignition).quotas()).isEqualTo(new Quotas(1_250, 5, 1));
        assertThat(Tenants.onTier(Tier.velocity).quotas()).isEqualTo(new Quotas(2_250, 10, 3));
        assertThat(Tenants.onTier(Tier.dominance).quotas()).isEqualTo(new Quotas(4_500, 20, 5));
    }

    @Test
    void aNewTenantIsTrialingAtVersionOneInSydneyAustraliaWithTheDefaultIcp() {
        Tenant tenant = Tenant.open(UUID.randomUUID(), Tenants.acmeForm().validate(), Tenants.CREATED);

        assertThat(tenant.status()).isEqualTo(TenantStatus.trialing);
        assertThat(tenant.version()).isEqualTo(1);
        assertThat(tenant.timeZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(tenant.country()).isEqualTo("AU");
        assertThat(tenant.defaultPermissionMode()).isEqualTo(PermissionMode.co_pilot);
        assertThat(tenant.icp()).isEqualTo(Icp.DEFAULT);
        assertThat(tenant.dataSharingConsent()).isFalse();
    }

    @Test
    void aFormMayNameTheTenantsIdAndNormalisesItsValues() {
        UUID id = UUID.randomUUID();
        var draft = new TenantForm(id.toString(), "  Globex   Corporation ", "Dominance", "Europe/London", "gb", null)
                .validate();

        assertThat(draft.id()).contains(id);
        assertThat(draft.name()).isEqualTo("Globex Corporation");
        assertThat(draft.tier()).isEqualTo(Tier.dominance);
        assertThat(draft.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(draft.country()).isEqualTo("GB");
    }

    @Test
    void everyInvalidFieldOfANewTenantIsReportedAtOnce() {
        var form = new TenantForm("not-a-uuid", " ", "platinum", "Mars/Olympus", "XX",
                Tenants.icpOf(List.of(), 50, 10));

        assertThatThrownBy(form::validate).isInstanceOfSatisfying(InvalidTenantException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("id", "name", "tier", "timeZone", "country", "icp.sizeMax"));
    }

    @Test
    void aFixedOffsetIsNotATimeZoneBecauseItIgnoresDaylightSaving() {
        var form = new TenantForm(null, "Acme", "ignition", "+10:00", null, null);

        assertThatThrownBy(form::validate).isInstanceOfSatisfying(InvalidTenantException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("timeZone"));
    }

    @Test
    void anUpdateRaisesTheVersionByOne() {
        Tenant tenant = Tenants.onTier(Tier.velocity);

        Tenant changed = tenant.apply(new TenantPatch("Acme Group", "Australia/Melbourne", null, "manual"), LATER)
                .orElseThrow();

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.name()).isEqualTo("Acme Group");
        assertThat(changed.timeZone()).isEqualTo(ZoneId.of("Australia/Melbourne"));
        assertThat(changed.defaultPermissionMode()).isEqualTo(PermissionMode.manual);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(changed.createdAt()).isEqualTo(tenant.createdAt());
    }

    @Test
    void anUpdateThatChangesNothingIsNoChange() {
        Tenant tenant = Tenants.onTier(Tier.velocity);

        assertThat(tenant.apply(new TenantPatch(tenant.name(), "Australia/Sydney", null, "co_pilot"), LATER)).isEmpty();
        assertThat(tenant.apply(new TenantPatch(null, null, null, null), LATER)).isEmpty();
    }

    @Test
    void anUpdateMergesTheIcpFieldByField() {
        Tenant tenant = Tenants.onTier(Tier.velocity);

        Tenant changed = tenant.apply(new TenantPatch(null, null, Tenants.icpOf(List.of("Construction"), null, 80), null),
                LATER).orElseThrow();

        assertThat(changed.icp().industries()).containsExactly("Construction");
        assertThat(changed.icp().sizeMin()).isEqualTo(Icp.DEFAULT.sizeMin());
        assertThat(changed.icp().sizeMax()).isEqualTo(80);
    }

    @Test
    void anInvalidUpdateNamesItsFields() {
        Tenant tenant = Tenants.onTier(Tier.velocity);

        assertThatThrownBy(() -> tenant.apply(new TenantPatch("", "Nowhere", null, "yolo"), LATER))
                .isInstanceOfSatisfying(InvalidTenantException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("name", "timeZone", "defaultPermissionMode"));
    }

    @Test
    void aDerivedChangeOnlyRaisesTheVersion() {
        Tenant tenant = Tenants.onTier(Tier.ignition);

        Tenant touched = tenant.touched(LATER);

        assertThat(touched.version()).isEqualTo(tenant.version() + 1);
        assertThat(touched).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(tenant);
    }
}
