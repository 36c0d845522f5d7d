package com.agencyos.scoring;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@AgencyIntegrationTest
class ScoringServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

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
        // The ICP has reached scoring's read model when a preview of a construction company earns the industry points.
        Awaitility.await("the ICP in scoring's read model").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.post().uri("/api/v1/scores/preview").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("lead", Map.of("industry", "Construction")))
                        .exchange().expectStatus().isOk().expectBody().jsonPath("$.components.companyFit").isEqualTo(10));
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), tenant,
                enriched(leadId, tenant, "Managing Director", "Construction"));
        events.await("lead.scored", withKey(leadId.toString()));
        var first = EventJson.tree(events.recordsWithKey("lead.scored", leadId.toString()).getFirst().value());
        assertThat(first.get("score").asInt()).isEqualTo(85);
        assertThat(first.get("firstScore").asBoolean()).isTrue();

        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), tenant,
                enriched(leadId, tenant, "CFO", "Construction"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(events.recordsWithKey("lead.scored", leadId.toString())).hasSize(2));
        var rescored = EventJson.tree(events.recordsWithKey("lead.scored", leadId.toString()).getLast().value());
        assertThat(rescored.get("score").asInt()).isEqualTo(82);
        assertThat(rescored.get("firstScore").asBoolean()).isFalse();
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

    @Test
    void learnedWeightsApplyInFallbackOrderAndOnlyWhenTrustworthyAndCurrent() {
        UUID tenant = UUID.randomUUID();
        String industry = "Industry " + tenant;
        String owner = issuer.token(tenant, "owner");
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant, """
                {"tenantId":"%s","version":1,"icp":{"industries":["%s"],"sizeMin":5,"sizeMax":50,
                 "locations":["Australia"],"competitorDomains":[]}}""".formatted(tenant, industry));
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), tenant,
                enriched(leadId, tenant, "Managing Director", industry));
        // data quality 20/20, authority 25/25, fit 20/25, timing 5/15, risk 15/15: 85 with the default weights
        awaitRescore(tenant, leadId, 85, "default");

        // Weights learned for the tenant's first ICP industry, in points: 0.3, 0.3, 0.2, 0.1, 0.1 → 89.
        learned("industry:" + industry, null, """
                {"scope":"industry","industry":"%s","weights":{"dataQuality":30,"authority":30,"companyFit":20,
                 "timing":10,"risk":10},"confidence":0.65,"sampleSize":900,"computedAt":"2026-11-01T00:00:00Z",
                 "validUntil":"2099-01-01T00:00:00Z"}""".formatted(industry));
        awaitRescore(tenant, leadId, 89, "platform_industry");

        // The tenant's own weights 0.1, 0.4, 0.1, 0.3, 0.1 would give 78, but not when expired or at confidence 0.7.
        String tenantWeights = """
                {"scope":"tenant","tenantId":"%s","weights":{"dataQuality":10,"authority":40,"companyFit":10,
                 "timing":30,"risk":10},"confidence":%s,"sampleSize":60,"computedAt":"%s","validUntil":"%s"}""";
        learned(tenant.toString(), tenant, tenantWeights.formatted(tenant, "0.9", "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z"));
        awaitStoredConfidence(tenant, 0.9);
        rescore(tenant, leadId).jsonPath("$.score.weightsSource").isEqualTo("platform_industry")
                .jsonPath("$.changed").isEqualTo(false);
        learned(tenant.toString(), tenant, tenantWeights.formatted(tenant, "0.7", "2026-11-02T00:00:00Z",
                "2099-01-01T00:00:00Z"));
        awaitStoredConfidence(tenant, 0.7);
        rescore(tenant, leadId).jsonPath("$.score.weightsSource").isEqualTo("platform_industry");
        // Confident and learned from 900 leads, but only 12 of them converted: not enough evidence to trust.
        learned(tenant.toString(), tenant, """
                {"scope":"tenant","tenantId":"%s","weights":{"dataQuality":10,"authority":40,"companyFit":10,
                 "timing":30,"risk":10},"confidence":0.8,"sampleSize":900,"conversions":12,"computedAt":"2026-11-02T12:00:00Z",
                 "validUntil":"2099-01-01T00:00:00Z"}""".formatted(tenant));
        awaitStoredConfidence(tenant, 0.8);
        rescore(tenant, leadId).jsonPath("$.score.weightsSource").isEqualTo("platform_industry");

        learned(tenant.toString(), tenant, tenantWeights.formatted(tenant, "0.8", "2026-11-03T00:00:00Z",
                "2099-01-01T00:00:00Z"));
        awaitRescore(tenant, leadId, 78, "tenant_learned");
        // The rescore committed through the API; its lead.scored reaches the topic through the outbox relay.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var last = events.recordsWithKey("lead.scored", leadId.toString()).getLast();
            EventSchemas.assertValid(last);
            assertThat(EventJson.tree(last.value()).get("weightsSource").asString()).isEqualTo("tenant_learned");
            assertThat(EventJson.tree(last.value()).get("score").asInt()).isEqualTo(78);
        });

        // Manual weights still win over everything learned.
        web.put().uri("/api/v1/scores/weights").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("dataQuality", 0.2, "authority", 0.25, "companyFit", 0.25, "timing", 0.15, "risk", 0.15))
                .exchange().expectStatus().isOk();
        rescore(tenant, leadId).jsonPath("$.score.weightsSource").isEqualTo("tenant_manual")
                .jsonPath("$.score.breakdown.score").isEqualTo(85);
    }

    @Test
    void invalidLearnedWeightsAreDeadLettered() {
        String poison = "industry:poison-" + UUID.randomUUID();
        // confidence above 1 breaks the schema: the event goes to the DLQ, not into the weights table
        publishWithoutTenant("scoring.weights.learned", "agencyos.scoring.weights-learned.v1", poison, """
                {"scope":"industry","industry":"Poison","weights":{"dataQuality":1,"authority":1,"companyFit":1,
                 "timing":1,"risk":1},"confidence":1.5,"sampleSize":3,"computedAt":"2026-11-01T00:00:00Z",
                 "validUntil":"2099-01-01T00:00:00Z"}""");
        String zero = "industry:zero-" + UUID.randomUUID();
        publishWithoutTenant("scoring.weights.learned", "agencyos.scoring.weights-learned.v1", zero, """
                {"scope":"industry","industry":"Zero","weights":{"dataQuality":0,"authority":0,"companyFit":0,
                 "timing":0,"risk":0},"confidence":0.9,"sampleSize":3,"computedAt":"2026-11-01T00:00:00Z",
                 "validUntil":"2099-01-01T00:00:00Z"}""");
        events.await("scoring.weights.learned.dlq", withKey(poison));
        events.await("scoring.weights.learned.dlq", withKey(zero));
    }

    @Test
    void anUnchangedScoreIsNotPublishedAgain() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Director of Sales", "Retail"));
        events.await("lead.scored", withKey(leadId.toString()));

        rescore(ACME, leadId).jsonPath("$.changed").isEqualTo(false).jsonPath("$.score.breakdown.score").isEqualTo(65);
        String again = events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Director of Sales", "Retail"));
        awaitProcessed(again);
        String promoted = events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "CEO", "Retail"));
        awaitProcessed(promoted);

        // The relay publishes in commit order: once the promotion's score is on the topic, anything the unchanged
        // re-enrichment had published would be there before it.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> EventJson.tree(
                events.recordsWithKey("lead.scored", leadId.toString()).getLast().value()).get("score").asInt() == 75);
        var scored = events.recordsWithKey("lead.scored", leadId.toString());
        assertThat(scored).hasSize(2);
        assertThat(EventJson.tree(scored.getLast().value()).get("score").asInt()).isEqualTo(75);
        assertThat(EventJson.tree(scored.getLast().value()).get("firstScore").asBoolean()).isFalse();
    }

    @Test
    void aHardBounceRescoresTheLeadWithoutItsRiskPointsAndASoftOneDoesNot() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Managing Director", "Retail"));
        events.await("lead.scored", withKey(leadId.toString()));

        awaitProcessed(events.publish("delivery.events", "agencyos.delivery.bounced.v1", leadId.toString(), ACME,
                bounce(leadId, ACME, "soft")));
        awaitProcessed(events.publish("delivery.events", "agencyos.delivery.bounced.v1", leadId.toString(), GLOBEX,
                bounce(leadId, GLOBEX, "hard")));
        assertThat(events.recordsWithKey("lead.scored", leadId.toString())).hasSize(1);

        events.publish("delivery.events", "agencyos.delivery.bounced.v1", leadId.toString(), ACME,
                bounce(leadId, ACME, "hard"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(events.recordsWithKey("lead.scored", leadId.toString())).hasSize(2));
        var rescored = events.recordsWithKey("lead.scored", leadId.toString()).getLast();
        EventSchemas.assertValid(rescored);
        var json = EventJson.tree(rescored.value());
        assertThat(json.get("components").get("risk").asInt()).isZero();
        assertThat(json.get("score").asInt()).isEqualTo(60);

        // New enrichment that does not know of the bounce keeps it: the lead stays at 60, so nothing is published.
        awaitProcessed(events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Managing Director", "Retail")));
        assertThat(events.recordsWithKey("lead.scored", leadId.toString())).hasSize(2);

        // A bounce naming no tenant is poison.
        String poison = UUID.randomUUID().toString();
        publishWithoutTenant("delivery.events", "agencyos.delivery.bounced.v1", poison,
                "{\"leadId\":\"%s\",\"kind\":\"hard\"}".formatted(poison));
        events.await("delivery.events.dlq", withKey(poison));
    }

    @Test
    void rescoringOneLeadNeedsAWriterAndTheTenantsOwnLead() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", leadId.toString(), ACME,
                enriched(leadId, ACME, "Owner", "Retail"));
        events.await("lead.scored", withKey(leadId.toString()));
        // 404: another tenant's lead
        web.post().uri("/api/v1/scores/{id}/rescore", leadId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // 403: viewers only read
        web.post().uri("/api/v1/scores/{id}/rescore", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isForbidden();
        // 400: the lead id is not a UUID
        web.post().uri("/api/v1/scores/not-a-lead/rescore").headers(h -> h.setBearerAuth(issuer.token(ACME, "member")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/v1/scores/{id}/rescore", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "member")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.score.breakdown.score").isEqualTo(75);
    }

    @Test
    void aTenantRescoreJobRescoresEveryLeadAndReportsProgress() {
        UUID tenant = UUID.randomUUID();
        String owner = issuer.token(tenant, "owner");
        UUID[] leads = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID lead : leads) {
            events.publish("lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), tenant,
                    enriched(lead, tenant, "Managing Director", "Retail"));
        }
        for (UUID lead : leads) {
            events.await("lead.scored", withKey(lead.toString()));
        }
        web.put().uri("/api/v1/scores/weights").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("dataQuality", 0.4, "authority", 0.4, "companyFit", 0.1, "timing", 0.05, "risk", 0.05))
                .exchange().expectStatus().isOk();
        // 403: members may not rescore a whole tenant
        web.post().uri("/api/v1/scores/rescore").headers(h -> h.setBearerAuth(issuer.token(tenant, "member")))
                .exchange().expectStatus().isForbidden();

        String jobId = EventJson.tree(new String(web.post().uri("/api/v1/scores/rescore").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isAccepted().expectBody().returnResult().getResponseBodyContent()))
                .get("jobId").asString();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/v1/scores/rescore/{id}", jobId).headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                        .exchange().expectStatus().isOk().expectBody()
                        .jsonPath("$.status").isEqualTo("completed").jsonPath("$.done").isEqualTo(3)
                        .jsonPath("$.total").isEqualTo(3).jsonPath("$.percent").isEqualTo(100));
        for (UUID lead : leads) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var scored = events.recordsWithKey("lead.scored", lead.toString());
                assertThat(scored).hasSize(2);
                // 0.4 × 20/20 + 0.4 × 25/25 + 0.1 × 10/25 + 0.05 × 5/15 + 0.05 × 15/15 = 0.8 + 0.04 + 0.0167 + 0.05
                assertThat(EventJson.tree(scored.getLast().value()).get("score").asInt()).isEqualTo(91);
                assertThat(EventJson.tree(scored.getLast().value()).get("weightsSource").asString()).isEqualTo("tenant_manual");
            });
        }
        // 404: another tenant's job; 400: a job id that is not a UUID
        web.get().uri("/api/v1/scores/rescore/{id}", jobId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/scores/rescore/nope").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theDistributionCountsTheTenantsLeadsPerTierAndTenPointBucket() {
        UUID tenant = UUID.randomUUID();
        Map<String, String> titles = Map.of("Managing Director", "warm 75", "CFO", "warm 72", "Intern", "cool 45");
        titles.keySet().forEach(title -> {
            UUID lead = UUID.randomUUID();
            events.publish("lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), tenant,
                    enriched(lead, tenant, title, "Retail"));
            events.await("lead.scored", withKey(lead.toString()));
        });
        web.get().uri("/api/v1/scores/distribution").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.tiers.hot").isEqualTo(0).jsonPath("$.tiers.warm").isEqualTo(2)
                .jsonPath("$.tiers.cool").isEqualTo(1).jsonPath("$.tiers.dead").isEqualTo(0)
                .jsonPath("$.histogram.length()").isEqualTo(10)
                .jsonPath("$.histogram[4].from").isEqualTo(40).jsonPath("$.histogram[4].count").isEqualTo(1)
                .jsonPath("$.histogram[7].count").isEqualTo(2)
                .jsonPath("$.histogram[9].to").isEqualTo(100).jsonPath("$.histogram[9].count").isEqualTo(0);
    }

    private WebTestClient.BodyContentSpec rescore(UUID tenant, UUID leadId) {
        return web.post().uri("/api/v1/scores/{id}/rescore", leadId)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "member")))
                .exchange().expectStatus().isOk().expectBody();
    }

    private void awaitRescore(UUID tenant, UUID leadId, int score, String source) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> rescore(tenant, leadId)
                .jsonPath("$.score.breakdown.score").isEqualTo(score).jsonPath("$.score.weightsSource").isEqualTo(source));
    }

    private void learned(String key, UUID tenant, String payload) {
        if (tenant == null) {
            publishWithoutTenant("scoring.weights.learned", "agencyos.scoring.weights-learned.v1", key, payload);
        } else {
            events.publish("scoring.weights.learned", "agencyos.scoring.weights-learned.v1", key, tenant, payload);
        }
    }

    /** Platform-wide events (industry or global weights) carry no {@code ce_tenantid}. */
    private void publishWithoutTenant(String topic, String type, String key, String payload) {
        events.publishRaw(topic, key, payload, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", type,
                "ce_source", "/agencyos/test", "ce_specversion", "1.0", "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    private void awaitStoredConfidence(UUID tenant, double confidence) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.sql(
                        "SELECT confidence FROM learned_weights WHERE scope = 'tenant' AND scope_key = :key")
                .bind("key", tenant.toString()).map(row -> row.get("confidence", Double.class)).one()
                .blockOptional().filter(stored -> stored == confidence).isPresent());
    }

    private void awaitProcessed(String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.sql(
                        "SELECT count(*) AS n FROM inbox_event WHERE event_id = :id")
                .bind("id", eventId).map(row -> row.get("n", Long.class)).one().block() == 1);
    }

    static String bounce(UUID leadId, UUID tenant, String kind) {
        return """
                {"tenantId":"%s","leadId":"%s","email":"jo.bloggs@acme.com.au","phone":null,"kind":"%s",
                 "touchId":null,"occurredAt":"%s","source":"postmark"}""".formatted(tenant, leadId, kind, Instant.now());
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
