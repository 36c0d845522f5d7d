package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A co-pilot touch waiting for a person: the message as rendered, which the person may edit before approving.
 *
 * @param status {@code pending}, then {@code approved} (the scheduler makes the touch with this content) or
 *     {@code rejected} (the step is skipped and the sequence goes on)
 */
public record Approval(UUID id, UUID tenantId, UUID scheduledTouchId, UUID enrollmentId, UUID leadId, UUID campaignId, int step,
        String variant, String recipient, String subject, String body, String status, Instant createdAt, Instant decidedAt,
        String decidedBy) {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;

    public Approval {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public static Approval pending(UUID id, ScheduledTouch due, Enrollment enrollment, String recipient, StepMessage message,
            Instant now) {
        return new Approval(id, due.tenantId(), due.id(), enrollment.id(), enrollment.leadId(), enrollment.campaignId(), due.step(),
                message.variant(), recipient, message.draft().subject(), message.draft().body(), PENDING, now, null, null);
    }

    public boolean isPending() {
        return PENDING.equals(status);
    }

    /** What a person's edit may be: a one-line subject (no header injection) and a non-blank body, both bounded. */
    public static String invalidSubject(String subject) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.matches("(?s).*[\\r\\n].*")) {
            return "must be one line of 1 to " + MAX_SUBJECT + " characters";
        }
        return null;
    }

    public static String invalidBody(String body) {
        return body == null || body.isBlank() || body.length() > MAX_BODY ? "must be 1 to " + MAX_BODY + " characters" : null;
    }

    public EmailDraft content() {
        return new EmailDraft(subject, body);
    }
}
