package com.agencyos.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvent read from a Kafka record. Building one validates the envelope: a record without an id or a
 * type, or without a value, is poison.
 */
public record IncomingEvent(String id, String type, String source, String subject, Optional<UUID> tenantId,
        Instant time, String traceparent, String topic, String key, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonEventException("Record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: ce_id and ce_type are required");
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonEventException("CloudEvent " + id + " has no data");
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), tenant(header(record, CloudEventHeaders.TENANT_ID)),
                time(header(record, CloudEventHeaders.TIME)), header(record, CloudEventHeaders.TRACEPARENT),
                record.topic(), record.key(), record.value());
    }

    public <T> T payload(Class<T> payloadType) {
        return EventJson.read(data, payloadType);
    }

    public JsonNode json() {
        return EventJson.tree(data);
    }

    /**
     * The payload's tenant, checked against {@code ce_tenantid}: an event whose envelope and payload name different
     * tenants cannot be trusted with either, so it is poison. A payload without a tenant is poison too.
     */
    public UUID requireTenant(UUID payloadTenant) {
        if (payloadTenant == null) {
            throw new PoisonEventException(type + " " + id + " carries no tenantId");
        }
        tenantId.filter(header -> !header.equals(payloadTenant)).ifPresent(header -> {
            throw new PoisonEventException(type + " " + id + " has ce_tenantid " + header + " but its payload names tenant "
                    + payloadTenant);
        });
        return payloadTenant;
    }

    public boolean is(String eventType) {
        return type.equals(eventType);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Optional<UUID> tenant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_tenantid is not a UUID: " + value);
        }
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 time: " + value);
        }
    }
}
