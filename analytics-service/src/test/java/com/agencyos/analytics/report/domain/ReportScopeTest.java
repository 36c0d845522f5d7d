package com.agencyos.analytics.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportScopeTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void withoutDatesAReportCoversTheThirtyDaysUpToToday() {
        ReportScope scope = ReportScope.parse(ACME, null, " ", null, TODAY);

        assertThat(scope.from()).isEqualTo(LocalDate.parse("2026-10-25"));
        assertThat(scope.to()).isEqualTo(TODAY);
        assertThat(scope.days()).isEqualTo(30);
        assertThat(scope.end()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void oneDateGivesThirtyDaysFromOrUpToIt() {
        assertThat(ReportScope.parse(ACME, "2026-01-01", null, null, TODAY).to()).isEqualTo(LocalDate.parse("2026-01-30"));
        assertThat(ReportScope.parse(ACME, null, "2026-01-30", null, TODAY).from())
                .isEqualTo(LocalDate.parse("2026-01-01"));
    }

    @Test
    void bothEndsAreInclusiveAndACampaignNarrowsIt() {
        UUID campaign = UUID.randomUUID();
        ReportScope scope = ReportScope.parse(null, "2025-03-10", "2025-03-10", campaign.toString(), TODAY);

        assertThat(scope.start()).isEqualTo(Instant.parse("2025-03-10T00:00:00Z"));
        assertThat(scope.end()).isEqualTo(Instant.parse("2025-03-11T00:00:00Z"));
        assertThat(scope.campaignId()).isEqualTo(campaign);
        assertThat(scope.tenantId()).as("a platform administrator's scope").isNull();
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        assertThatThrownBy(() -> ReportScope.parse(ACME, "2026-02-30", "soon", "acme", TODAY))
                .isInstanceOfSatisfying(InvalidReportRequest.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("from", "to", "campaign"));
        assertThatThrownBy(() -> ReportScope.parse(ACME, "2026-03-02", "2026-03-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidReportRequest.class,
                        e -> assertThat(e.errors()).containsEntry("from", "must not be after to"));
    }

    @Test
    void aReportCoversAtMostThreeHundredAndSixtySixDays() {
        assertThat(ReportScope.parse(ACME, "2024-01-01", "2024-12-31", null, TODAY).days()).isEqualTo(366);
        assertThatThrownBy(() -> ReportScope.parse(ACME, "2024-01-01", "2025-01-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidReportRequest.class, e -> assertThat(e.errors()).containsKey("to"));
    }
}
