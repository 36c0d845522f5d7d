package com.agencyos.platform.events;

import java.util.Objects;
import java.util.UUID;

/**
 * An event a service is about to publish.
 *
 * @param topic the Kafka topic, declared as a constant by the publishing service
 * @param type the versioned CloudEvents type, e.g. {@code agencyos.lead.scored.v1}
 * @param key the record key: the lead id for lead topics, the tenant id for tenant topics
 * @param tenantId the tenant the event belongs to (the {@code ce_tenantid} extension); null only for
 *     platform-wide events
 * @param subject the {@code ce_subject}, usually the aggregate id
 * @param payload the payload record, serialized with {@link EventJson}
 */
public record OutgoingEvent(String topic, String type, String key, UUID tenantId, String subject, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event about one aggregate, keyed and subjected by its id. */
    public static OutgoingEvent of(String topic, String type, UUID aggregateId, UUID tenantId, Object payload) {
        return new OutgoingEvent(topic, type, aggregateId.toString(), tenantId, aggregateId.toString(), payload);
    }
}
