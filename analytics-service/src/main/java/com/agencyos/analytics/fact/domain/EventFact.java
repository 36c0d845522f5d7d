package com.agencyos.analytics.fact.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One consumed event, as it arrived.
 *
 * @param eventId the {@code ce_id}, unique across topics
 * @param type the {@code ce_type}, e.g. {@code agencyos.lead.scored.v1}
 * @param topic the topic it was read from
 * @param tenantId the tenant it belongs to; null only for platform-wide events
 * @param leadId the lead it is about; null when it is about no single lead
 * @param occurredAt when the fact happened, by the producer's clock
 * @param payload the JSON payload, unchanged
 */
public record EventFact(String eventId, String type, String topic, UUID tenantId, UUID leadId, Instant occurredAt,
        String payload) {

    public EventFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    public boolean isAboutALead() {
        return leadId != null && tenantId != null;
    }
}
