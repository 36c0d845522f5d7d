package com.agencyos.tenant.suppression.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * The fields this service reads of {@code agencyos.delivery.bounced.v1}, {@code agencyos.delivery.complained.v1}
 * and {@code agencyos.contact.unsubscribed.v1} (docs/events); {@code kind} is only on bounces.
 */
record DeliveryMessage(UUID tenantId, UUID leadId, String email, String phone, String kind, Instant occurredAt,
        String source) {
}
