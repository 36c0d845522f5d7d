package com.agencyos.outreach.enrollment.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Replies that end every enrolment of the lead, so no later step is ever scheduled: an unsubscribe or a "not
 * interested" must be honoured, and a meeting request hands the lead to a person. Other intents (questions,
 * out-of-office, auto-replies, interest, anything new) leave the enrolment as it is; pausing and branching on
 * them arrive with sequences.
 */
public final class StopRules {

    private static final Map<String, String> STOPPING = Map.of(
            "unsubscribe", "asked to unsubscribe",
            "not_interested", "said they are not interested",
            "meeting_request", "asked for a meeting");

    private StopRules() {
    }

    public static Optional<String> stopReason(ReplyReceived reply) {
        return Optional.ofNullable(STOPPING.get(reply.intent()))
                .map(what -> "Replied: " + what + " (reply " + reply.replyId() + ")");
    }
}
