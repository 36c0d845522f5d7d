package com.agencyos.tenant.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class UsageMonthTest {

    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Test
    void aMonthEndsAtMidnightInTheTenantsTimeZoneNotInUtc() {
        // 13:30 UTC on 30 November is 00:30 on 1 December in Sydney (UTC+11 in summer).
        Instant lateNovemberUtc = Instant.parse("2026-11-30T13:30:00Z");

        assertThat(UsageMonth.containing(lateNovemberUtc, SYDNEY).toString()).isEqualTo("2026-12");
        assertThat(UsageMonth.containing(lateNovemberUtc, ZoneId.of("UTC")).toString()).isEqualTo("2026-11");
    }

    @Test
    void theBoundsIncludeTheFirstInstantAndExcludeTheNextMonths() {
        UsageMonth november = UsageMonth.containing(Instant.parse("2026-11-15T00:00:00Z"), SYDNEY);

        assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T13:00:00Z"));
        assertThat(november.end()).isEqualTo(Instant.parse("2026-11-30T13:00:00Z"));
        assertThat(november.contains(november.start())).isTrue();
        assertThat(november.contains(november.end())).isFalse();
    }

    @Test
    void theLeadPoolIsExhaustedAtItsLimit() {
        UsageMonth month = UsageMonth.containing(Instant.parse("2026-11-15T00:00:00Z"), SYDNEY);

        assertThat(new Usage(month, 1_249, 1_250, 0).leadPoolExhausted()).isFalse();
        assertThat(new Usage(month, 1_250, 1_250, 0).leadPoolExhausted()).isTrue();
        assertThat(new Usage(month, 1_300, 1_250, 0).leadPoolRemaining()).isZero();
    }
}
