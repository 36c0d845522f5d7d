package com.agencyos.tenant.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantStatusTest {

    @Test
    void billingMovesATenantOnlyAlongTheseEdges() {
        assertThat(TenantStatus.trialing.next()).containsExactlyInAnyOrder(TenantStatus.active, TenantStatus.paused, TenantStatus.cancelled);
        assertThat(TenantStatus.active.next()).containsExactlyInAnyOrder(TenantStatus.past_due, TenantStatus.paused, TenantStatus.cancelled);
        assertThat(TenantStatus.past_due.next()).containsExactlyInAnyOrder(TenantStatus.active, TenantStatus.paused, TenantStatus.cancelled);
        assertThat(TenantStatus.paused.next()).containsExactlyInAnyOrder(TenantStatus.active, TenantStatus.cancelled);
        assertThat(TenantStatus.cancelled.next()).containsExactly(TenantStatus.active);
    }

    @Test
    void noStatusLeadsBackToATrial() {
        for (TenantStatus status : TenantStatus.values()) {
            assertThat(status.next()).doesNotContain(TenantStatus.trialing);
        }
    }

    @Test
    void parsesStatusesInAnyCaseAndNothingElse() {
        assertThat(TenantStatus.parse(" Past_Due ")).contains(TenantStatus.past_due);
        assertThat(TenantStatus.parse("asleep")).isEmpty();
        assertThat(TenantStatus.parse(null)).isEmpty();
    }
}
