package com.agencyos.outreach.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StopRulesTest {

    static final UUID REPLY = UUID.fromString("2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a01");

    static ReplyReceived reply(String intent) {
        return new ReplyReceived(REPLY, ScoredLeads.ACME, UUID.randomUUID(), null, null, "email", intent, 0.9,
                Instant.parse("2026-11-25T01:12:44Z"));
    }

    @Test
    void anUnsubscribeStopsTheLeadsEnrollments() {
        assertThat(StopRules.stopReason(reply("unsubscribe")))
                .hasValue("Replied: asked to unsubscribe (reply 2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a01)");
    }

    @Test
    void notInterestedAndAMeetingRequestStopThemToo() {
        assertThat(StopRules.stopReason(reply("not_interested"))).get().asString().startsWith("Replied: said they are not interested");
        assertThat(StopRules.stopReason(reply("meeting_request"))).get().asString().startsWith("Replied: asked for a meeting");
    }

    @Test
    void otherIntentsLeaveTheEnrollmentRunning() {
        for (String intent : new String[] {"interested", "question", "out_of_office", "auto_reply", "some_new_intent"}) {
            assertThat(StopRules.stopReason(reply(intent))).as(intent).isEmpty();
        }
    }
}
