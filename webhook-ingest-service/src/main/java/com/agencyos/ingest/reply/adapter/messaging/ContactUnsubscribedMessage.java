package com.agencyos.ingest.reply.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code agencyos.contact.unsubscribed.v1}, as documented in {@code docs/events/contact.unsubscribed.v1.schema.json}. */
public record ContactUnsubscribedMessage(UUID tenantId, UUID leadId, String email, String phone, UUID touchId,
        Instant occurredAt, String source) {
}
