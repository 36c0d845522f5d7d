package com.agencyos.ingest.reply.adapter.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code agencyos.reply.classified.v1}, as documented in {@code docs/events/reply.classified.v1.schema.json}. */
public record ReplyClassifiedMessage(UUID replyId, UUID leadId, UUID tenantId, UUID touchId, UUID campaignId, String channel,
        String intent, double confidence, LocalDate returnDate, String classifier, Instant receivedAt, String excerpt) {
}
