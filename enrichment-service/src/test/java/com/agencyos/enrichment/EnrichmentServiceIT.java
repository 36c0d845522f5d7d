package com.agencyos.enrichment;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@AgencyIntegrationTest
class EnrichmentServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;

    @Test
    void enrichesAReceivedLeadAndPublishesLeadEnrichedThroughTheOutbox() {
        UUID leadId = UUID.randomUUID();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        events.publishRaw("form.received", leadId.toString(), formReceived(leadId, "Jo.Bloggs@Acme.com.au"), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", "agencyos.form.received.v1",
                "ce_source", "/agencyos/test", "ce_specversion", "1.0", "ce_tenantid", ACME.toString(),
                "traceparent", traceparent));

        var enriched = events.await("lead.enriched", withKey(leadId.toString()));

        assertThat(header(enriched, "ce_type")).isEqualTo("agencyos.lead.enriched.v1");
        assertThat(header(enriched, "ce_tenantid")).isEqualTo(ACME.toString());
        assertThat(header(enriched, "ce_source")).isEqualTo("/agencyos/enrichment-service");
        assertThat(header(enriched, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(enriched, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .isNotEqualTo(traceparent);
        EventSchemas.assertValid(enriched);
        var json = EventJson.tree(enriched.value());
        assertThat(json.get("leadId").asString()).isEqualTo(leadId.toString());
        assertThat(json.get("status").asString()).isEqualTo("complete");
        assertThat(json.get("contact").get("email").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(json.get("company").get("domain").asString()).isEqualTo("acme.com.au");

        web.get().uri("/api/v1/enrichments/{id}", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("jo.bloggs@acme.com.au").jsonPath("$.status").isEqualTo("complete");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID leadId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        events.publishWithId(eventId, "form.received", "agencyos.form.received.v1", leadId.toString(), ACME,
                formReceived(leadId, "sam@acme.com.au"));
        events.await("lead.enriched", withKey(leadId.toString()));

        events.publishWithId(eventId, "form.received", "agencyos.form.received.v1", leadId.toString(), ACME,
                formReceived(leadId, "sam@acme.com.au"));
        UUID marker = UUID.randomUUID();
        events.publish("form.received", "agencyos.form.received.v1", leadId.toString(), ACME,
                formReceived(marker, "marker@acme.com.au"));
        events.await("lead.enriched", withKey(marker.toString()));

        assertThat(events.recordsWithKey("lead.enriched", leadId.toString())).hasSize(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextGoodMessageIsStillProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        events.publishRaw("form.received", poisonKey, "{not json", Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", "agencyos.form.received.v1",
                "ce_specversion", "1.0", "ce_tenantid", ACME.toString()));
        String noEnvelopeKey = "no-envelope-" + UUID.randomUUID();
        events.publishRaw("form.received", noEnvelopeKey, "{}", Map.of());
        UUID good = UUID.randomUUID();
        events.publish("form.received", "agencyos.form.received.v1", good.toString(), ACME, formReceived(good, "ok@acme.com.au"));

        var dead = events.await("form.received.dlq", withKey(poisonKey));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a valid");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("form.received");
        events.await("form.received.dlq", withKey(noEnvelopeKey));
        events.await("lead.enriched", withKey(good.toString()));
    }

    @Test
    void anotherTenantsLeadIsNotFoundAndRequestsWithoutATokenAreUnauthorized() {
        UUID leadId = UUID.randomUUID();
        events.publish("form.received", "agencyos.form.received.v1", leadId.toString(), ACME, formReceived(leadId, "kim@acme.com.au"));
        events.await("lead.enriched", withKey(leadId.toString()));

        web.get().uri("/api/v1/enrichments/{id}", leadId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .header("X-Tenant-Id", ACME.toString())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/not-found");
        web.get().uri("/api/v1/enrichments/{id}", leadId).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/enrichments/{id}", "not-a-uuid").headers(h -> h.setBearerAuth(issuer.token(ACME, "owner")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static String formReceived(UUID leadId, String email) {
        return """
                {"leadId":"%s","tenantId":"%s","source":"webhook","sourceRef":"%s","receivedAt":"2026-11-22T01:00:00Z",
                 "contact":{"email":"%s","firstName":"Jo","lastName":"Bloggs","title":"Managing Director"},
                 "company":{"name":"Acme  Pty Ltd","website":"https://www.acme.com.au/about"},"customFields":{}}
                """.formatted(leadId, ACME, leadId, email);
    }
}
