package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Work for a person: a reply that automation must not answer (interest, a question, a meeting request), or a step of
 * a {@code manual} campaign for a person to make by hand.
 *
 * @param kind {@code reply} or {@code manual_touch}
 * @param status {@code open} until a person completes it, then {@code done}
 * @param replyId the reply it answers; at most one task per reply
 */
public record Task(UUID id, UUID tenantId, String kind, String status, UUID leadId, UUID campaignId, UUID enrollmentId,
        UUID replyId, UUID touchId, String title, String detail, Instant createdAt, Instant completedAt, String completedBy) {

    public static final String OPEN = "open";
    public static final String DONE = "done";

    public Task {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
    }

    /** The task a reply that needs a person opens. */
    public static Task forReply(UUID id, ReplyReceived reply, UUID campaignId, UUID enrollmentId, String reason, Instant now) {
        return new Task(id, reply.tenantId(), "reply", OPEN, reply.leadId(), campaignId, enrollmentId, reply.replyId(),
                reply.touchId(), "Answer the " + reply.intent().replace('_', ' ') + " reply", reason, now, null, null);
    }

    /** A manual campaign's step: the rendered message, for a person to send by hand. */
    public static Task forManualStep(UUID id, ScheduledTouch due, Enrollment enrollment, String recipient, StepMessage message, Instant now) {
        return new Task(id, due.tenantId(), "manual_touch", OPEN, enrollment.leadId(), enrollment.campaignId(), enrollment.id(), null, null,
                "Send step " + due.step() + " by hand to " + recipient,
                "Subject: " + message.draft().subject() + "\n\n" + message.draft().body(), now, null, null);
    }
}
