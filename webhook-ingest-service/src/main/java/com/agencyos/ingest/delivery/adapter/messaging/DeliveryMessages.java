package com.agencyos.ingest.delivery.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** The payloads on {@code delivery.events} this feature publishes, as {@code docs/events} documents them. */
final class DeliveryMessages {

    static final String DELIVERY_EVENTS = "delivery.events";
    static final String BOUNCED_V1 = "agencyos.delivery.bounced.v1";
    static final String COMPLAINED_V1 = "agencyos.delivery.complained.v1";

    private DeliveryMessages() {
    }

    /** {@code agencyos.delivery.bounced.v1}; {@code kind} is {@code hard} or {@code soft}. */
    record Bounced(UUID tenantId, UUID leadId, String email, String kind, UUID touchId, Instant occurredAt, String source) {
    }

    /** {@code agencyos.delivery.complained.v1}. */
    record Complained(UUID tenantId, UUID leadId, String email, UUID touchId, Instant occurredAt, String source) {
    }
}
