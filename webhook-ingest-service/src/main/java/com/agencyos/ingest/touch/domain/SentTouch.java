package com.agencyos.ingest.touch.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A touch outreach sent (or drafted for a person to send), as much of it as reply matching needs.
 *
 * @param messageId the RFC 5322 {@code Message-ID} with its angle brackets; null for channels without one
 * @param recipient the address, phone or profile the touch went to
 */
public record SentTouch(UUID touchId, UUID tenantId, UUID leadId, UUID campaignId, String channel, String mode,
        String messageId, String recipient, Instant sentAt) {

    public SentTouch {
        Objects.requireNonNull(touchId, "touchId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        messageId = messageId == null || messageId.isBlank() ? null : messageId.strip();
    }
}
