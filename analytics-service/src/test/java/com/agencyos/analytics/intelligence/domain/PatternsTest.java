package com.agencyos.analytics.intelligence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.analytics.intelligence.domain.Patterns.Bucket;
import com.agencyos.analytics.intelligence.domain.Patterns.SentTouch;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatternsTest {

    static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");
    /** Monday 23 November 2026, 22:00 UTC: Tuesday 09:00 in Melbourne. */
    static final Instant TUESDAY_NINE_AM = Instant.parse("2026-11-23T22:00:00Z");

    static SentTouch touch(UUID enrollment, int step, String channel, Instant at, String subject, boolean replied,
            boolean converted) {
        return new SentTouch(enrollment, step, channel, at, MELBOURNE, subject, "Hi Jo, a short note.", false,
                replied, converted, converted);
    }

    @Test
    void timingIsReadInTheTimeZoneAndBucketsBelowTheMinimumSampleAreWithheld() {
        List<SentTouch> touches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            touches.add(touch(UUID.randomUUID(), 1, "email", TUESDAY_NINE_AM, "Quick question?", i == 0, false));
        }
        touches.add(touch(UUID.randomUUID(), 1, "email", TUESDAY_NINE_AM.plusSeconds(86_400 * 2), "Hello", true,
                false));

        Patterns patterns = Patterns.of(touches, 4);

        assertThat(patterns.when()).contains(new Bucket("weekday", "2 Tue", 4, 1, 0.25, 0, 0.0));
        assertThat(patterns.when()).contains(new Bucket("hour", "09", 5, 2, 0.4, 0, 0.0));
        assertThat(patterns.when()).extracting(Bucket::bucket).doesNotContain("4 Thu");
        assertThat(patterns.what()).contains(new Bucket("questionInSubject", "yes", 4, 1, 0.25, 0, 0.0));
        assertThat(patterns.what()).filteredOn(bucket -> bucket.dimension().equals("questionInSubject")).hasSize(1);
        assertThat(patterns.withheld()).isPositive();
    }

    @Test
    void sequencesAreTheChannelsOfAnEnrolmentInStepOrderCreditedWithItsMeeting() {
        List<SentTouch> touches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID enrollment = UUID.randomUUID();
            touches.add(touch(enrollment, 2, "linkedin", TUESDAY_NINE_AM.plusSeconds(3600), "Hi", false, i == 0));
            touches.add(touch(enrollment, 1, "email", TUESDAY_NINE_AM, "Hi", i < 2, i == 0));
        }

        Patterns patterns = Patterns.of(touches, 3);

        assertThat(patterns.how()).containsExactly(new Bucket("sequence", "email>linkedin", 3, 2, 0.6667, 1, 0.3333));
    }

    @Test
    void subjectAndBodyLengthsFallIntoBands() {
        List<SentTouch> touches = List.of(
                touch(UUID.randomUUID(), 1, "email", TUESDAY_NINE_AM, "x".repeat(30), false, false),
                touch(UUID.randomUUID(), 1, "email", TUESDAY_NINE_AM, "x".repeat(31), false, false),
                touch(UUID.randomUUID(), 1, "email", TUESDAY_NINE_AM, "x".repeat(80), false, false));

        Patterns patterns = Patterns.of(touches, 1);

        assertThat(patterns.what()).extracting(Bucket::dimension, Bucket::bucket).contains(
                org.assertj.core.groups.Tuple.tuple("subjectLength", "0-30 chars"),
                org.assertj.core.groups.Tuple.tuple("subjectLength", "31-50 chars"),
                org.assertj.core.groups.Tuple.tuple("subjectLength", "71+ chars"),
                org.assertj.core.groups.Tuple.tuple("bodyWords", "0-50 words"));
    }
}
