package com.agencyos.outreach.enrollment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What a classified reply does to the lead's enrolments. A stop is for good, so no later step is ever made: an
 * unsubscribe or a "not interested" must be honoured, a meeting request converts the lead and hands it to a
 * person, and interest or a question hands it to a person too, because automation must not talk over them. An
 * out-of-office pauses until the person is back; an auto-reply, or an intent this service does not know yet,
 * changes nothing (a new intent must not stop sequences by surprise).
 */
public final class StopRules {

    /** How long an out-of-office reply without a return date pauses the sequence. */
    public static final Duration DEFAULT_OUT_OF_OFFICE = Duration.ofDays(14);

    private StopRules() {
    }

    public sealed interface Action {
    }

    /**
     * Stop every enrolment of the lead.
     *
     * @param converted the lead converted: mark it and publish {@code lead.converted}
     * @param needsPerson open a task for a person to answer the reply
     */
    public record Stop(String reason, boolean converted, boolean needsPerson) implements Action {
    }

    /** Make no step before {@code until}; the scheduler resumes the sequence then. */
    public record Pause(Instant until, String reason) implements Action {
    }

    public record Continue(String why) implements Action {
    }

    public static Action onReply(ReplyReceived reply, Instant now) {
        String ref = " (reply " + reply.replyId() + ")";
        return switch (reply.intent()) {
            case "unsubscribe" -> new Stop("Replied: asked to unsubscribe" + ref, false, false);
            case "not_interested" -> new Stop("Replied: said they are not interested" + ref, false, false);
            case "meeting_request" -> new Stop("Replied: asked for a meeting" + ref, true, true);
            case "interested" -> new Stop("Replied: interested, a person takes over" + ref, false, true);
            case "question" -> new Stop("Replied: asked a question, a person takes over" + ref, false, true);
            case "out_of_office" -> {
                Instant until = reply.returnDate() == null ? now.plus(DEFAULT_OUT_OF_OFFICE)
                        : reply.returnDate().atStartOfDay(ZoneOffset.UTC).toInstant();
                yield until.isAfter(now) ? new Pause(until, "Out of office until " + until + ref)
                        : new Continue("out of office, but back already");
            }
            case "auto_reply" -> new Continue("an automatic reply");
            default -> new Continue("intent " + reply.intent() + " is not acted on");
        };
    }
}
