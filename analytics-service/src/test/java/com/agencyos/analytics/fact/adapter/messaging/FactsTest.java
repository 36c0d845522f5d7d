package com.agencyos.analytics.fact.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.PoisonEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class FactsTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final UUID JO = UUID.fromString("5b0e8f3a-2c7d-4e91-8a6b-1f4d3c2b0a01");
    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    static IncomingEvent event(String topic, String type, UUID tenantHeader, String ceTime, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 42L, JO.toString(), payload);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_type", type);
        if (tenantHeader != null) {
            headers.put("ce_tenantid", tenantHeader.toString());
        }
        if (ceTime != null) {
            headers.put("ce_time", ceTime);
        }
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return IncomingEvent.from(record);
    }

    @Test
    void aFactKeepsTheEventAsItArrivedWithItsTenantLeadAndOwnTime() {
        String payload = """
                {"leadId":"%s","tenantId":"%s","score":88,"scoredAt":"2026-11-23T22:14:09.731Z"}""".formatted(JO, ACME);
        IncomingEvent event = event("lead.scored", "agencyos.lead.scored.v1", ACME, "2026-11-23T22:14:10Z", payload);

        var fact = Facts.from(event, NOW);

        assertThat(fact.eventId()).isEqualTo(event.id());
        assertThat(fact.type()).isEqualTo("agencyos.lead.scored.v1");
        assertThat(fact.topic()).isEqualTo("lead.scored");
        assertThat(fact.tenantId()).isEqualTo(ACME);
        assertThat(fact.leadId()).isEqualTo(JO);
        assertThat(fact.occurredAt()).isEqualTo(Instant.parse("2026-11-23T22:14:09.731Z"));
        assertThat(fact.payload()).isEqualTo(payload);
    }

    @Test
    void withoutATimeInThePayloadTheFactHappenedAtTheCloudEventTimeOrElseWhenItArrived() {
        String payload = """
                {"tenantId":"%s","tier":"velocity"}""".formatted(ACME);

        assertThat(Facts.from(event("tenant.changed", "agencyos.tenant.changed.v1", ACME, "2026-11-23T01:00:00Z",
                payload), NOW).occurredAt()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(Facts.from(event("tenant.changed", "agencyos.tenant.changed.v1", ACME, null, payload), NOW)
                .occurredAt()).isEqualTo(NOW);
    }

    @Test
    void theTenantComesFromTheHeaderOrThePayloadAndPlatformEventsHaveNone() {
        assertThat(Facts.from(event("reply.classified", "agencyos.reply.classified.v1", null, null, """
                {"tenantId":"%s"}""".formatted(ACME)), NOW).tenantId()).isEqualTo(ACME);
        assertThat(Facts.from(event("suppression.changed", "agencyos.suppression.changed.v1", null, null, """
                {"tenantId":null,"kind":"domain","value":"spam.example"}"""), NOW).tenantId()).isNull();
    }

    @Test
    void anEventWhoseHeaderAndPayloadNameDifferentTenantsIsPoison() {
        IncomingEvent event = event("lead.scored", "agencyos.lead.scored.v1", GLOBEX, null, """
                {"leadId":"%s","tenantId":"%s"}""".formatted(JO, ACME));

        assertThatThrownBy(() -> Facts.from(event, NOW)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void aPayloadThatIsNotJsonOrHasAMalformedLeadIdIsPoison() {
        assertThatThrownBy(() -> Facts.from(event("lead.scored", "agencyos.lead.scored.v1", ACME, null, "{not json"), NOW))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> Facts.from(event("touch.sent", "agencyos.touch.sent.v1", ACME, null, """
                {"leadId":"lead-7"}"""), NOW)).isInstanceOf(PoisonEventException.class).hasMessageContaining("UUID");
    }
}
