package com.agencyos.outreach.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendingWindowTest {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final SendingWindow SYDNEY = new SendingWindow(ZoneId.of("Australia/Sydney"), WEEKDAYS, LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    static final SendingWindow NEW_YORK = new SendingWindow(ZoneId.of("America/New_York"), WEEKDAYS, LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    @Test
    void theSameInstantIsInsideOneTimeZonesWindowAndOutsideAnothers() {
        Instant mondayMorningInSydney = Instant.parse("2026-11-22T23:30:00Z");

        assertThat(SYDNEY.contains(mondayMorningInSydney)).isTrue();
        assertThat(NEW_YORK.contains(mondayMorningInSydney)).isFalse();
        assertThat(NEW_YORK.nextOpening(mondayMorningInSydney)).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
    }

    @Test
    void theWindowIsHalfOpenAndSkipsTheWeekend() {
        Instant fridayFivePmInSydney = Instant.parse("2026-11-27T06:00:00Z");

        assertThat(SYDNEY.contains(fridayFivePmInSydney)).isFalse();
        assertThat(SYDNEY.contains(Instant.parse("2026-11-26T22:00:00Z"))).isTrue();
        assertThat(SYDNEY.nextOpening(fridayFivePmInSydney)).isEqualTo(Instant.parse("2026-11-29T22:00:00Z"));
    }

    @Test
    void anInstantInsideTheWindowIsItsOwnNextOpening() {
        Instant inside = Instant.parse("2026-11-23T01:00:00Z");

        assertThat(SYDNEY.nextOpening(inside)).isEqualTo(inside);
    }

    @Test
    void aWindowNeedsDaysAndAnEndAfterItsStart() {
        assertThatThrownBy(() -> new SendingWindow(ZoneId.of("UTC"), Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT.minusMinutes(1)))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("settings.sendingWindow.days");
        assertThatThrownBy(() -> new SendingWindow(ZoneId.of("UTC"), WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("settings.sendingWindow.end");
    }
}
