package com.agencyos.ingest.tenant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantStateTest {

    @ParameterizedTest(name = "{0}, deleted={1} → accepts leads: {2}")
    @CsvSource({
        "trialing,  false, true",
        "active,    false, true",
        "past_due,  false, true",
        "cancelled, false, false",
        "paused,    false, false",
        "active,    true,  false",
        "past_due,  true,  false",
        "suspended_by_a_future_version, false, true"})
    void onlyCancelledPausedAndDeletedTenantsAreRefused(String status, boolean deleted, boolean accepts) {
        TenantState state = new TenantState(UUID.randomUUID(), status, deleted, 1);
        assertThat(state.acceptsIntake()).isEqualTo(accepts);
        if (!accepts) {
            assertThat(state.refusal()).isEqualTo(deleted ? "deleted" : status);
        }
    }
}
