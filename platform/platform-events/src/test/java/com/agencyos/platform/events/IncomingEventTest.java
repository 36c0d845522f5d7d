package com.agencyos.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IncomingEventTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");

    static ConsumerRecord<String, String> record(String value, String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("lead.scored", 2, 41, "key", value);
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void readsTheCloudEventsAttributesFromTheHeaders() {
        IncomingEvent event = IncomingEvent.from(record("{\"a\":1}", "ce_id", "e-1", "ce_type", "agencyos.lead.scored.v1",
                "ce_tenantid", ACME.toString(), "ce_time", "2026-11-22T01:00:00Z", "traceparent",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.is("agencyos.lead.scored.v1")).isTrue();
        assertThat(event.tenantId()).contains(ACME);
        assertThat(event.time()).hasToString("2026-11-22T01:00:00Z");
        assertThat(event.topic()).isEqualTo("lead.scored");
    }

    @Test
    void aRecordWithoutIdOrTypeOrDataIsPoison() {
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_type", "agencyos.lead.scored.v1")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_id", "e-1")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> IncomingEvent.from(record(" ", "ce_id", "e-1", "ce_type", "t")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_id", "e-1", "ce_type", "t", "ce_tenantid", "acme")))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void aPayloadNamingAnotherTenantThanTheEnvelopeIsPoison() {
        IncomingEvent event = IncomingEvent.from(record("{}", "ce_id", "e-1", "ce_type", "t", "ce_tenantid", ACME.toString()));
        assertThat(event.requireTenant(ACME)).isEqualTo(ACME);
        assertThatThrownBy(() -> event.requireTenant(GLOBEX)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining(GLOBEX.toString());
        assertThatThrownBy(() -> event.requireTenant(null)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void anUnreadablePayloadIsPoison() {
        IncomingEvent event = IncomingEvent.from(record("{\"n\":", "ce_id", "e-1", "ce_type", "t"));
        assertThatThrownBy(() -> event.payload(java.util.Map.class)).isInstanceOf(PoisonEventException.class);
    }
}
