package com.agencyos.outreach.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StopRulesTest {

    static final UUID REPLY = UUID.fromString("2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a01");
    static final Instant NOW = Instant.parse("2026-11-25T01:12:44Z");

    static ReplyReceived reply(String intent) {
        return reply(intent, null);
    }

    static ReplyReceived reply(String intent, LocalDate returnDate) {
        return new ReplyReceived(REPLY, ScoredLeads.ACME, UUID.randomUUID(), null, null, "email", intent, 0.9, NOW, returnDate);
    }

    @Test
    void anUnsubscribeStopsTheLeadsEnrollmentsWithoutATask() {
        assertThat(StopRules.onReply(reply("unsubscribe"), NOW))
                .isEqualTo(new StopRules.Stop("Replied: asked to unsubscribe (reply 2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a01)", false, false));
    }

    @Test
    void notInterestedStopsWithoutConvertingOrATask() {
        StopRules.Stop stop = (StopRules.Stop) StopRules.onReply(reply("not_interested"), NOW);
        assertThat(stop.reason()).startsWith("Replied: said they are not interested");
        assertThat(stop.converted()).isFalse();
        assertThat(stop.needsPerson()).isFalse();
    }

    @Test
    void aMeetingRequestStopsConvertsAndHandsTheLeadToAPerson() {
        StopRules.Stop stop = (StopRules.Stop) StopRules.onReply(reply("meeting_request"), NOW);
        assertThat(stop.reason()).startsWith("Replied: asked for a meeting");
        assertThat(stop.converted()).isTrue();
        assertThat(stop.needsPerson()).isTrue();
    }

    @Test
    void interestAndQuestionsStopAutomationAndOpenATaskWithoutConverting() {
        for (String intent : new String[] {"interested", "question"}) {
            StopRules.Stop stop = (StopRules.Stop) StopRules.onReply(reply(intent), NOW);
            assertThat(stop.reason()).as(intent).contains("a person takes over");
            assertThat(stop.needsPerson()).as(intent).isTrue();
            assertThat(stop.converted()).as(intent).isFalse();
        }
    }

    @Test
    void anOutOfOfficePausesUntilTheReturnDateOrFor14Days() {
        assertThat(((StopRules.Pause) StopRules.onReply(reply("out_of_office", LocalDate.parse("2026-12-02")), NOW)).until())
                .isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(((StopRules.Pause) StopRules.onReply(reply("out_of_office"), NOW)).until())
                .isEqualTo(Instant.parse("2026-12-09T01:12:44Z"));
    }

    @Test
    void anOutOfOfficeWhoseReturnDateHasPassedChangesNothing() {
        assertThat(StopRules.onReply(reply("out_of_office", LocalDate.parse("2026-11-20")), NOW)).isInstanceOf(StopRules.Continue.class);
    }

    @Test
    void anAutoReplyOrAnUnknownIntentLeavesTheEnrollmentRunning() {
        for (String intent : new String[] {"auto_reply", "some_new_intent"}) {
            assertThat(StopRules.onReply(reply(intent), NOW)).as(intent).isInstanceOf(StopRules.Continue.class);
        }
    }
}
