package com.agencyos.outreach.enrollment.adapter.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The part of {@code agencyos.reply.classified.v1} this service reads. */
record ReplyClassifiedMessage(UUID replyId, UUID leadId, UUID tenantId, UUID touchId, UUID campaignId, String channel,
        String intent, Double confidence, Instant receivedAt, LocalDate returnDate) {
}
