package com.agencyos.ingest.touch.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** The part of {@code agencyos.touch.sent.v1} this service reads. */
public record TouchSentMessage(UUID touchId, UUID leadId, UUID tenantId, UUID campaignId, String channel, String mode,
        String messageId, String to, Instant sentAt) {
}
