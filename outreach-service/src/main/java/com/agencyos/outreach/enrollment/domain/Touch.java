package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of an enrolment on one channel, drafted or sent.
 *
 * @param variant the A/B variant key of the step, null when the step has no variants
 * @param messageId the RFC 5322 Message-ID with its angle brackets (email only), minted once and kept
 * @param inReplyTo the Message-ID of the thread's previous email, null for the first
 * @param to the recipient (an email address for email)
 * @param body the content exactly as rendered for this recipient
 * @param createdAt when it was drafted (the {@code sentAt} of a draft)
 */
public record Touch(UUID id, UUID tenantId, UUID leadId, UUID campaignId, UUID enrollmentId, int step, String variant,
        Channel channel, TouchMode mode, UUID resourceId, String messageId, String inReplyTo, String to, String subject, String body,
        Instant createdAt, long costMicros) {

    /** One email step of an active enrolment; a draft costs nothing. */
    public static Touch email(UUID id, Enrollment enrollment, int step, String variant, TouchMode mode, UUID resourceId,
            String messageId, String inReplyTo, String to, EmailDraft draft, Instant now) {
        return on(Channel.EMAIL, id, enrollment, step, variant, mode, resourceId, messageId, inReplyTo, to, draft, now);
    }

    /**
     * One step of an active enrolment on any channel ({@code to}: the address, phone number or profile URL); only an
     * email has a Message-ID and a subject.
     */
    public static Touch on(Channel channel, UUID id, Enrollment enrollment, int step, String variant, TouchMode mode, UUID resourceId,
            String messageId, String inReplyTo, String to, EmailDraft draft, Instant now) {
        if (!enrollment.isActive()) {
            throw new IllegalStateException("enrolment " + enrollment.id() + " is " + enrollment.status());
        }
        return new Touch(id, enrollment.tenantId(), enrollment.leadId(), enrollment.campaignId(), enrollment.id(), step, variant,
                channel, mode, resourceId, messageId, inReplyTo, to, channel == Channel.EMAIL ? draft.subject() : null, draft.body(), now, 0);
    }
}
