package com.agencyos.outreach.enrollment.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code agencyos.touch.sent.v1}, as documented in {@code docs/events/touch.sent.v1.schema.json}. */
public record TouchSentMessage(UUID touchId, UUID leadId, UUID tenantId, UUID campaignId, UUID enrollmentId, int step,
        String variant, String channel, String mode, UUID resourceId, String messageId, String inReplyTo,
        String providerId, String to, String subject, String contentSnapshot, Instant sentAt, long costMicros) {
}
