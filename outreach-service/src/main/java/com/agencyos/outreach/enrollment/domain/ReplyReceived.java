package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A classified reply ({@code reply.classified}).
 *
 * @param leadId the lead who replied, or null when the reply matched no lead
 * @param intent the intent's wire name; one this service does not know is kept as is and acted on as "other"
 * @param returnDate for an out-of-office reply, the day the person said they are back; null when not given
 */
public record ReplyReceived(UUID replyId, UUID tenantId, UUID leadId, UUID touchId, UUID campaignId, String channel,
        String intent, double confidence, Instant receivedAt, LocalDate returnDate) {
}
