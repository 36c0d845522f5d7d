package com.agencyos.scoring;

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
class ScoringServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;

    @Test
    void scoresAnEnrichedLeadWithTheAlsFormulaAndPublishesLeadScored() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Managing Director", "Retail"));

        var scored = events.await("lead.scored", withKey(leadId.toString()));

        EventSchemas.assertValid(scored);
        assertThat(header(scored, "ce_tenantid")).isEqualTo(ACME.toString());
        var json = EventJson.tree(scored.value());
        // data quality 20 + authority 25 + fit (size 5, Australia 5) 10 + timing (hiring) 5 + risk 15 = 75
        assertThat(json.get("score").asInt()).isEqualTo(75);
        assertThat(json.get("tier").asString()).isEqualTo("warm");
        assertThat(json.get("components").get("authority").asInt()).isEqualTo(25);
        assertThat(json.get("weightsSource").asString()).isEqualTo("default");
        assertThat(json.get("firstScore").asBoolean()).isTrue();
        assertThat(json.get("allowedChannels").toString()).isEqualTo("[\"email\",\"linkedin\",\"voice\"]");

        web.get().uri("/api/v1/scores/{id}", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.breakdown.score").isEqualTo(75);
    }

    @Test
    void theTenantsIcpFromTenantChangedCountsAndARescoreIsNotAFirstScore() {
        UUID tenant = UUID.randomUUID();
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant, """
                {"tenantId":"%s","version":3,"icp":{"industries":["Construction"],"sizeMin":5,"sizeMax":50,
                 "locations":["Australia"],"competitorDomains":[]}}""".formatted(tenant));
        UUID leadId = UUID.randomUUID();
        events.await("tenant.changed", withKey(tenant.toString()));
        org.awaitility.Awaitility.await().untilAsserted(() -> {
            events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), tenant,
                    enriched(leadId, tenant, "Managing Director", "Construction"));
            var last = events.recordsWithKey("lead.scored", leadId.toString());
            assertThat(last).isNotEmpty();
            assertThat(EventJson.tree(last.getLast().value()).get("score").asInt()).isEqualTo(85);
        });
        var all = events.recordsWithKey("lead.scored", leadId.toString());
        assertThat(EventJson.tree(all.getFirst().value()).get("firstScore").asBoolean()).isTrue();
        if (all.size() > 1) {
            assertThat(EventJson.tree(all.getLast().value()).get("firstScore").asBoolean()).isFalse();
        }
    }

    @Test
    void aRedeliveredEventChangesNothingAndPoisonIsDeadLettered() {
        UUID leadId = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        events.publishWithId(id, "lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "CFO", "Retail"));
        events.await("lead.scored", withKey(leadId.toString()));
        events.publishWithId(id, "lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "CFO", "Retail"));
        String poison = "poison-" + UUID.randomUUID();
        events.publishRaw("lead.enriched", poison, "[1,2", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "agencyos.lead.enriched.v1", "ce_tenantid", ACME.toString()));
        UUID marker = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", marker.toString(), ACME,
                enriched(marker, ACME, "Intern", "Retail"));

        events.await("lead.enriched.dlq", withKey(poison));
        events.await("lead.scored", withKey(marker.toString()));
        assertThat(events.recordsWithKey("lead.scored", leadId.toString())).hasSize(1);
    }

    @Test
    void previewScoresWithoutStoringAndWeightsAreValidated() {
        String owner = issuer.token(ACME, "owner");
        web.post().uri("/api/v1/scores/preview").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("lead", Map.of("title", "Vice President of Sales", "country", "AU")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.authority").isEqualTo(18).jsonPath("$.components.risk").isEqualTo(15);
        web.put().uri("/api/v1/scores/weights").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("dataQuality", 0.5, "authority", 0.5, "companyFit", 0.5, "timing", 0, "risk", 0))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/invalid-weights");
        web.put().uri("/api/v1/scores/weights").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("dataQuality", 0.2, "authority", 0.2, "companyFit", 0.2, "timing", 0.2, "risk", 0.2))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/scores/preview").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"lead\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anotherTenantsScoreIsNotFoundAndATokenIsRequired() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Owner", "Retail"));
        events.await("lead.scored", withKey(leadId.toString()));
        web.get().uri("/api/v1/scores/{id}", leadId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/scores/{id}", leadId).exchange().expectStatus().isUnauthorized();
    }

    static String enriched(UUID leadId, UUID tenant, String title, String industry) {
        return """
                {"leadId":"%s","tenantId":"%s","status":"complete","confidence":0.9,"enrichedAt":"2026-11-22T01:00:00Z",
                 "contact":{"email":"jo.bloggs@acme.com.au","firstName":"Jo","lastName":"Bloggs","title":"%s",
                   "phone":"+61412345678","linkedinUrl":"https://www.linkedin.com/in/jobloggs","country":"Australia",
                   "emailVerified":true,"emailIsRoleAddress":false,"emailIsFreeMail":false,"bounced":false},
                 "company":{"name":"Acme","domain":"acme.com.au","industry":"%s","employeeCount":20,"hiring":true,
                   "technologies":[]},
                 "provenance":{},"providerCalls":[],"totalCostMicros":0}
                """.formatted(leadId, tenant, title, industry);
    }
}
