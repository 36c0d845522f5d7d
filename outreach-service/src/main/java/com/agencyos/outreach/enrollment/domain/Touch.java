package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of an enrolment on one channel, drafted or sent.
 *
 * @param messageId the RFC 5322 Message-ID with its angle brackets (email only), minted once and kept
 * @param to the recipient (an email address for email)
 * @param body the content exactly as rendered for this recipient
 * @param createdAt when it was drafted (the {@code sentAt} of a draft)
 */
public record Touch(UUID id, UUID tenantId, UUID leadId, UUID campaignId, UUID enrollmentId, int step,
        Channel channel, TouchMode mode, UUID resourceId, String messageId, String to, String subject, String body,
        Instant createdAt, long costMicros) {

    /** The first email of an enrolment; a draft costs nothing. */
    public static Touch firstEmail(UUID id, Enrollment enrollment, TouchMode mode, UUID resourceId, String messageId,
            String to, EmailDraft draft, Instant now) {
        if (!enrollment.isActive()) {
            throw new IllegalStateException("enrolment " + enrollment.id() + " is " + enrollment.status());
        }
        return new Touch(id, enrollment.tenantId(), enrollment.leadId(), enrollment.campaignId(), enrollment.id(), 1,
                Channel.EMAIL, mode, resourceId, messageId, to, draft.subject(), draft.body(), now, 0);
    }
}
