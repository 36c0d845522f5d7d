package com.agencyos.outreach;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@AgencyIntegrationTest
class OutreachServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";
    static final String MESSAGE_ID = "^<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@outreach\\.agencyos\\.local>$";

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    @Test
    void migrationsCreateTheTablesOutreachOwns() {
        List<String> tables = db.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name""")
                .map(row -> row.get("table_name", String.class)).all().collectList().block();

        assertThat(tables).contains("campaign", "sending_resource", "lead", "enrollment", "touch", "reply", "playbook",
                "outbox_event", "inbox_event");
    }

    @Test
    void aScoredLeadIsEnrolledAndItsFirstEmailDraftedAndPublishedAsTouchSent() {
        UUID leadId = UUID.randomUUID();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        events.publishRaw("lead.scored", leadId.toString(), leadScored(leadId, ACME, "hot", null), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", LEAD_SCORED_V1, "ce_source", "/agencyos/test",
                "ce_specversion", "1.0", "ce_tenantid", ACME.toString(), "traceparent", traceparent));

        var touch = events.await("touch.sent", withKey(leadId.toString()));

        assertThat(header(touch, "ce_type")).isEqualTo("agencyos.touch.sent.v1");
        assertThat(header(touch, "ce_tenantid")).isEqualTo(ACME.toString());
        assertThat(header(touch, "ce_source")).isEqualTo("/agencyos/outreach-service");
        assertThat(header(touch, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(touch, "ce_subject")).isEqualTo(leadId.toString());
        assertThat(header(touch, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .isNotEqualTo(traceparent);
        EventSchemas.assertValid(touch);
        JsonNode json = EventJson.tree(touch.value());
        assertThat(json.get("leadId").asString()).isEqualTo(leadId.toString());
        assertThat(json.get("mode").asString()).isEqualTo("draft");
        assertThat(json.get("channel").asString()).isEqualTo("email");
        assertThat(json.get("step").asInt()).isEqualTo(1);
        assertThat(json.get("to").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(json.get("subject").asString()).isEqualTo("Jo, a quick question about Acme Plumbing Supplies");
        assertThat(json.get("contentSnapshot").asString()).contains("Managing Director at Acme Plumbing Supplies");
        assertThat(json.get("messageId").asString()).matches(MESSAGE_ID);
        assertThat(json.get("costMicros").asLong()).isZero();
        String touchId = json.get("touchId").asString();
        String campaignId = json.get("campaignId").asString();

        web.get().uri("/api/v1/touches/{id}", touchId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.messageId").isEqualTo(json.get("messageId").asString())
                .jsonPath("$.mode").isEqualTo("draft")
                .jsonPath("$.body").isEqualTo(json.get("contentSnapshot").asString());
        web.get().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '%s')].name".formatted(campaignId)).isEqualTo("Inbound")
                .jsonPath("$[?(@.id == '%s')].sendingMode".formatted(campaignId)).isEqualTo("draft_only");
        web.get().uri("/api/v1/campaigns/{id}/enrollments", campaignId)
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.leadId == '%s')].status".formatted(leadId)).isEqualTo("active")
                .jsonPath("$[?(@.leadId == '%s')].currentStep".formatted(leadId)).isEqualTo(1)
                .jsonPath("$[?(@.leadId == '%s')].email".formatted(leadId)).isEqualTo("jo.bloggs@acme.com.au");
    }

    @Test
    void aLeadIsEnrolledInTheCampaignItNamedAtIntake() {
        UUID leadId = UUID.randomUUID();
        UUID campaignId = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(leadId, ACME, "warm", campaignId));

        var touch = events.await("touch.sent", withKey(leadId.toString()));

        EventSchemas.assertValid(touch);
        assertThat(EventJson.tree(touch.value()).get("campaignId").asString()).isEqualTo(campaignId.toString());
        web.get().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(issuer.token(ACME, "member")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '%s')].origin".formatted(campaignId)).isEqualTo("intake");
    }

    @Test
    void aRedeliveredOrRescoredLeadYieldsNoSecondTouch() {
        UUID leadId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        events.publishWithId(eventId, "lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME,
                leadScored(leadId, ACME, "hot", null));
        events.await("touch.sent", withKey(leadId.toString()));

        events.publishWithId(eventId, "lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME,
                leadScored(leadId, ACME, "hot", null));
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME,
                leadScored(leadId, ACME, "warm", null).replace("2026-11-23T22:14:09.731Z", "2026-11-24T09:00:00Z"));
        UUID marker = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(marker, ACME, "hot", null));
        events.await("touch.sent", withKey(marker.toString()));

        assertThat(events.recordsWithKey("touch.sent", leadId.toString())).hasSize(1);
        assertThat(db.sql("SELECT count(*) AS n FROM enrollment WHERE lead_id = :lead").bind("lead", leadId)
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
    }

    @Test
    void aDeadLeadIsRecordedAsNotEnrolledWithoutATouch() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(leadId, ACME, "dead", null));
        UUID marker = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(marker, ACME, "hot", null));
        var markerTouch = events.await("touch.sent", withKey(marker.toString()));
        String campaignId = EventJson.tree(markerTouch.value()).get("campaignId").asString();

        assertThat(events.recordsWithKey("touch.sent", leadId.toString())).isEmpty();
        web.get().uri("/api/v1/campaigns/{id}/enrollments", campaignId)
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.leadId == '%s')].status".formatted(leadId)).isEqualTo("not_enrolled")
                .jsonPath("$[?(@.leadId == '%s')].reason".formatted(leadId)).isEqualTo("Tier dead (score 12): not worth a touch")
                .jsonPath("$[?(@.leadId == '%s')].currentStep".formatted(leadId)).isEqualTo(0);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextGoodMessageIsStillProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        events.publishRaw("lead.scored", poisonKey, "{not json", Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", LEAD_SCORED_V1,
                "ce_specversion", "1.0", "ce_tenantid", ACME.toString()));
        UUID noEmail = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, noEmail.toString(), ACME,
                leadScored(noEmail, ACME, "hot", null).replace("\"email\":\"jo.bloggs@acme.com.au\",", ""));
        UUID otherTenant = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, otherTenant.toString(), GLOBEX,
                leadScored(otherTenant, ACME, "hot", null));
        UUID good = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, good.toString(), ACME, leadScored(good, ACME, "hot", null));

        var dead = events.await("lead.scored.dlq", withKey(poisonKey));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a valid");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("lead.scored");
        assertThat(header(events.await("lead.scored.dlq", withKey(noEmail.toString())), "kafka_dlt-exception-message"))
                .contains("needs leadId, tenantId, tier, score, scoredAt and email");
        assertThat(header(events.await("lead.scored.dlq", withKey(otherTenant.toString())), "kafka_dlt-exception-message"))
                .contains("ce_tenantid " + GLOBEX);
        events.await("touch.sent", withKey(good.toString()));
        assertThat(events.recordsWithKey("touch.sent", otherTenant.toString())).isEmpty();
    }

    @Test
    void anUnsubscribeReplyStopsTheEnrollmentForGood() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(leadId, ACME, "hot", null));
        JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(leadId.toString())).value());
        String campaignId = touch.get("campaignId").asString();

        events.publish("reply.classified", "agencyos.reply.classified.v1", leadId.toString(), ACME,
                replyClassified(leadId, touch.get("touchId").asString(), campaignId, "unsubscribe"));

        Awaitility.await("the enrolment to stop").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> web.get().uri("/api/v1/campaigns/{id}/enrollments", campaignId)
                        .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                        .exchange().expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$[?(@.leadId == '%s')].status".formatted(leadId)).isEqualTo("stopped")
                        .jsonPath("$[?(@.leadId == '%s')].reason".formatted(leadId))
                        .value(reasons -> assertThat(reasons.toString()).contains("Replied: asked to unsubscribe")));

        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME,
                leadScored(leadId, ACME, "hot", null).replace("2026-11-23T22:14:09.731Z", "2026-11-25T09:00:00Z"));
        UUID marker = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(marker, ACME, "hot", null));
        events.await("touch.sent", withKey(marker.toString()));
        assertThat(events.recordsWithKey("touch.sent", leadId.toString())).hasSize(1);
    }

    @Test
    void aGeneratedPlaybookIsKept() {
        UUID playbookId = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        events.publish("playbook.generated", "agencyos.playbook.generated.v1", ACME.toString(), ACME,
                playbookGenerated(playbookId, waiting));

        Awaitility.await("the playbook to be kept").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("""
                        SELECT prospect_domain, jsonb_array_length(personas) AS personas, waiting_lead_ids::text AS waiting
                          FROM playbook WHERE playbook_id = :id AND tenant_id = :tenant""")
                        .bind("id", playbookId).bind("tenant", ACME)
                        .map(row -> row.get("prospect_domain", String.class) + " " + row.get("personas", Integer.class)
                                + " " + row.get("waiting", String.class))
                        .one().blockOptional().orElse(""),
                        kept -> kept.equals("acme.com.au 1 [\"" + waiting + "\"]"));
    }

    @Test
    void anotherTenantsCampaignOrTouchIsNotFoundAndRequestsWithoutATokenAreUnauthorized() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(leadId, ACME, "hot", null));
        JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(leadId.toString())).value());
        String campaignId = touch.get("campaignId").asString();
        String touchId = touch.get("touchId").asString();
        String globexOwner = issuer.token(GLOBEX, "owner");

        web.get().uri("/api/v1/campaigns/{id}/enrollments", campaignId).headers(h -> h.setBearerAuth(globexOwner))
                .header("X-Tenant-Id", ACME.toString())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/not-found");
        web.get().uri("/api/v1/touches/{id}", touchId).headers(h -> h.setBearerAuth(globexOwner))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(globexOwner))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '%s')]".formatted(campaignId)).doesNotExist();

        web.get().uri("/api/v1/campaigns").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/touches/{id}", touchId).exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badInputIsAClientErrorProblem() {
        String token = issuer.token(ACME, "owner");

        web.get().uri("/api/v1/touches/{id}", "not-a-uuid").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/campaigns/{id}/enrollments?limit=0", UUID.randomUUID()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/invalid-request");
        web.get().uri("/api/v1/campaigns/{id}/enrollments?limit=lots", UUID.randomUUID()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest();
        web.get().uri("/api/v1/campaigns/{id}/enrollments", UUID.randomUUID()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isNotFound();
    }

    static String leadScored(UUID leadId, UUID tenantId, String tier, UUID campaignId) {
        boolean dead = tier.equals("dead");
        return """
                {"leadId":"%s","tenantId":"%s","score":%s,"tier":"%s","scoredAt":"2026-11-23T22:14:09.731Z",
                 "components":{"dataQuality":20,"authority":25,"companyFit":23,"timing":5,"risk":15},"reasons":[],
                 "weights":{"dataQuality":20,"authority":25,"companyFit":25,"timing":15,"risk":15},
                 "weightsSource":"default","allowedChannels":%s,"firstScore":true,
                 "email":"jo.bloggs@acme.com.au","firstName":"Jo","lastName":"Bloggs","title":"Managing Director",
                 "companyName":"Acme Plumbing Supplies","companyDomain":"acme.com.au","country":"AU",
                 "campaignId":%s,"someFieldFromTheFuture":{"x":1}}
                """.formatted(leadId, tenantId, dead ? "12" : "88", tier, dead ? "[]" : "[\"email\",\"linkedin\"]",
                campaignId == null ? "null" : "\"" + campaignId + "\"");
    }

    static String replyClassified(UUID leadId, String touchId, String campaignId, String intent) {
        return """
                {"replyId":"%s","leadId":"%s","tenantId":"%s","touchId":"%s","campaignId":"%s","channel":"email",
                 "intent":"%s","confidence":0.97,"returnDate":null,"classifier":"builtin",
                 "receivedAt":"2026-11-25T01:12:44.870Z","excerpt":"Please remove me from your list."}
                """.formatted(UUID.randomUUID(), leadId, ACME, touchId, campaignId, intent);
    }

    static String playbookGenerated(UUID playbookId, UUID waitingLead) {
        String touch = """
                {"day":%d,"subject":"{{firstName}}, quotes for trade customers","body":"Hi {{firstName}}, ..."}""";
        return """
                {"playbookId":"%s","tenantId":"%s","vendorDomain":"acmeagency.com.au","prospectDomain":"acme.com.au",
                 "confidence":0.8,"lowConfidenceReasons":[],"generator":"builtin","generatedAt":"2026-11-24T01:00:00Z",
                 "waitingLeadIds":["%s"],
                 "personas":[{"key":"managing_director","title":"Managing Director","pains":["slow quotes"],
                              "sequence":[%s,%s,%s,%s]}]}
                """.formatted(playbookId, ACME, waitingLead, touch.formatted(1), touch.formatted(3), touch.formatted(7),
                touch.formatted(14));
    }
}
