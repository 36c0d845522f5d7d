package com.agencyos.ingest;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.ingest.support.Sealing;
import com.agencyos.ingest.support.Signer;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@AgencyIntegrationTest
@TestPropertySource(properties = "agencyos.ingest.secrets-key=" + Sealing.DOCUMENTED_KEY_HEX)
class WebhookIngestServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    /** Acme's secret is the RECIPES test vector, published exactly as docs/events/examples seals it. */
    static final String ACME_SECRET = "whsec_test_0001";
    static final UUID ACME_SECRET_ID = UUID.fromString("8f7e6d5c-4b3a-4291-8f0e-d1c2b3a49f01");
    static final String GLOBEX_SECRET = "whsec_globex_0001";
    static final String SIGNATURE = "X-AgencyOS-Signature";
    static final String PROBLEMS = "https://agencyos.dev/problems/";

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    @Test
    void aLeadSignedWithTheTenantsPublishedSecretIsStoredThenAnnouncedAsFormReceived() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        UUID campaign = UUID.randomUUID();
        String body = """
                {"email":"jo.bloggs@acme.com.au","firstName":"Jo","lastName":"Bloggs","title":"Managing Director",
                 "companyName":"Acme Plumbing Supplies","website":"www.acme.com.au","employeeCount":38,
                 "campaignId":"%s","customFields":{"how_did_you_hear":"Google search"}}""".formatted(campaign);
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        String leadId = web.post().uri("/webhooks/leads/{tenantId}", ACME).contentType(MediaType.APPLICATION_JSON)
                .header(SIGNATURE, Signer.header(ACME_SECRET, now(), body)).header("traceparent", traceparent)
                .bodyValue(bytes(body)).exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();

        var received = events.await("form.received", withKey(leadId));
        assertThat(header(received, "ce_type")).isEqualTo("agencyos.form.received.v1");
        assertThat(header(received, "ce_tenantid")).isEqualTo(ACME.toString());
        assertThat(header(received, "ce_subject")).isEqualTo(leadId);
        assertThat(header(received, "ce_source")).isEqualTo("/agencyos/webhook-ingest-service");
        assertThat(header(received, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(received, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-");
        EventSchemas.assertValid(received);
        var json = EventJson.tree(received.value());
        assertThat(json.get("leadId").asString()).isEqualTo(leadId);
        assertThat(json.get("tenantId").asString()).isEqualTo(ACME.toString());
        assertThat(json.get("source").asString()).isEqualTo("webhook");
        assertThat(json.get("sourceRef").asString()).startsWith("sha256:");
        assertThat(json.get("campaignId").asString()).isEqualTo(campaign.toString());
        assertThat(json.get("contact").get("email").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(json.get("company").get("employeeCount").asInt()).isEqualTo(38);
        assertThat(json.get("customFields").get("how_did_you_hear").asString()).isEqualTo("Google search");

        var receipt = db.sql("SELECT raw_body, authenticated_by FROM lead_receipt WHERE lead_id = :leadId")
                .bind("leadId", UUID.fromString(leadId))
                .map(row -> Map.of("raw", row.get("raw_body", ByteBuffer.class), "by", row.get("authenticated_by", String.class)))
                .one().block();
        assertThat(StandardCharsets.UTF_8.decode((ByteBuffer) receipt.get("raw")).toString()).isEqualTo(body);
        assertThat(receipt.get("by")).isEqualTo("secret:" + ACME_SECRET_ID);

        web.get().uri("/api/v1/lead-receipts/{leadId}", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.source").isEqualTo("webhook").jsonPath("$.leadId").isEqualTo(leadId);
    }

    @Test
    void theSameSubmissionDeliveredTwiceBecomesOneLeadAndOneFormReceived() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String body = "{\"email\":\"retry.%s@acme.com.au\"}".formatted(UUID.randomUUID());
        String leadId = postSigned(ACME, body, ACME_SECRET).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        postSigned(ACME, body, ACME_SECRET).expectStatus().isOk().expectBody().jsonPath("$.leadId").isEqualTo(leadId);

        String externalId = "crm-" + UUID.randomUUID();
        String byExternalId = postSigned(ACME, "{\"email\":\"sam@acme.com.au\",\"externalId\":\"%s\"}".formatted(externalId),
                ACME_SECRET).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        postSigned(ACME, "{\"externalId\":\"%s\",\"email\":\"sam@acme.com.au\",\"firstName\":\"Sam\"}".formatted(externalId),
                ACME_SECRET).expectStatus().isOk().expectBody().jsonPath("$.leadId").isEqualTo(byExternalId);

        String marker = postSigned(ACME, "{\"email\":\"marker.%s@acme.com.au\"}".formatted(UUID.randomUUID()), ACME_SECRET)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        events.await("form.received", withKey(marker));
        assertThat(events.recordsWithKey("form.received", leadId)).hasSize(1);
        assertThat(events.recordsWithKey("form.received", byExternalId)).hasSize(1);
        assertThat(count("SELECT count(*) FROM lead_receipt WHERE tenant_id = '" + ACME + "' AND source_ref = '" + externalId + "'"))
                .isEqualTo(1);
    }

    @Test
    void staleTamperedMissingOrForeignSignaturesAreUnauthorizedAndWriteNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        long receipts = count("SELECT count(*) FROM lead_receipt");
        long outbox = count("SELECT count(*) FROM outbox_event");
        String body = "{\"email\":\"mallory@acme.com.au\"}";

        expectUnauthorized(post(ACME, body, Signer.header(ACME_SECRET, now() - 301, body)), "stale-signature");
        expectUnauthorized(post(ACME, body.replace("mallory", "mal"), Signer.header(ACME_SECRET, now(), body)),
                "invalid-signature");
        expectUnauthorized(post(ACME, body, null), "invalid-signature");
        expectUnauthorized(post(ACME, body, "sha256=" + Signer.v1(ACME_SECRET, now(), body)), "invalid-signature");
        expectUnauthorized(post(ACME, body, Signer.header(GLOBEX_SECRET, now(), body)), "invalid-signature");
        expectUnauthorized(post(GLOBEX, body, Signer.header(ACME_SECRET, now(), body)), "invalid-signature");
        expectUnauthorized(post(UUID.randomUUID(), body, Signer.header(ACME_SECRET, now(), body)), "webhook-not-configured");
        web.post().uri("/webhooks/leads/not-a-tenant").contentType(MediaType.APPLICATION_JSON)
                .header(SIGNATURE, Signer.header(ACME_SECRET, now(), body)).bodyValue(bytes(body)).exchange()
                .expectStatus().isUnauthorized();

        assertThat(count("SELECT count(*) FROM lead_receipt")).isEqualTo(receipts);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    @Test
    void badSubmissionsGetProblemsThatNameTheFaultAndWriteNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        long receipts = count("SELECT count(*) FROM lead_receipt");
        long outbox = count("SELECT count(*) FROM outbox_event");

        String form = "email=jo%40acme.com.au";
        web.post().uri("/webhooks/leads/{tenantId}", ACME).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(SIGNATURE, Signer.header(ACME_SECRET, now(), form)).bodyValue(bytes(form)).exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        postSigned(ACME, "{\"email\":", ACME_SECRET).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-json");
        postSigned(ACME, "{\"firstName\":\"Jo\"}", ACME_SECRET).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request")
                .jsonPath("$.errors.email").isEqualTo("is required");
        postSigned(ACME, "{\"email\":\"jo at acme\"}", ACME_SECRET).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.email").isEqualTo("is not a valid email address");
        String huge = "{\"email\":\"jo@acme.com.au\",\"notes\":\"" + "x".repeat(1024 * 1024) + "\"}";
        postSigned(ACME, huge, ACME_SECRET).expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/v1/leads").headers(h -> h.setBearerAuth(issuer.token(ACME, "member")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(huge)).exchange()
                .expectStatus().isEqualTo(413);

        assertThat(count("SELECT count(*) FROM lead_receipt")).isEqualTo(receipts);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    @Test
    void theApiTakesTheTenantFromTheTokenOnlyAndDeduplicatesTheSameWay() {
        String body = """
                {"tenantId":"%s","email":"kim.%s@globex.com","firstName":"Kim","companyName":"Globex"}"""
                .formatted(ACME, UUID.randomUUID());
        String member = issuer.token(GLOBEX, "member");
        String leadId = web.post().uri("/api/v1/leads").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(body)).exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        web.post().uri("/api/v1/leads").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(body)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.leadId").isEqualTo(leadId);

        var received = events.await("form.received", withKey(leadId));
        EventSchemas.assertValid(received);
        assertThat(header(received, "ce_tenantid")).isEqualTo(GLOBEX.toString());
        var json = EventJson.tree(received.value());
        assertThat(json.get("tenantId").asString()).isEqualTo(GLOBEX.toString());
        assertThat(json.get("source").asString()).isEqualTo("api");

        web.get().uri("/api/v1/lead-receipts/{leadId}", leadId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.source").isEqualTo("api");
        web.get().uri("/api/v1/lead-receipts/{leadId}", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "owner")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
        web.get().uri("/api/v1/lead-receipts/{leadId}", leadId).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/v1/leads").contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(body)).exchange()
                .expectStatus().isUnauthorized();
        web.post().uri("/api/v1/leads").headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "viewer")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(body)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/leads").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes("{\"email\":\"\"}")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.email").isEqualTo("is required");
    }

    @Test
    void theLatestVersionOfATenantsSecretsDecidesWhoMaySignThroughRotationAndRemoval() {
        UUID tenant = UUID.randomUUID();
        UUID oldId = UUID.randomUUID();
        UUID newId = UUID.randomUUID();
        String oldSecret = "whsec_old_" + tenant;
        String newSecret = "whsec_new_" + tenant;
        String ancientSecret = "whsec_ancient_" + tenant;

        awaitProcessed(publishSecrets(tenant, 2, secret(oldId, oldSecret, null), secret(newId, newSecret, null)));
        postSigned(tenant, lead(), oldSecret).expectStatus().isAccepted();
        postSigned(tenant, lead(), newSecret).expectStatus().isAccepted();
        String body = lead();
        post(tenant, body, "t=" + now() + ",v1=" + Signer.v1(oldSecret, now(), body) + ",v1=" + Signer.v1(newSecret, now(), body))
                .expectStatus().isAccepted();

        awaitProcessed(publishSecrets(tenant, 1, secret(UUID.randomUUID(), ancientSecret, null)));
        postSigned(tenant, lead(), ancientSecret).expectStatus().isUnauthorized();
        postSigned(tenant, lead(), oldSecret).expectStatus().isAccepted();

        awaitProcessed(publishSecrets(tenant, 3, secret(oldId, oldSecret, Instant.now().minusSeconds(1)),
                secret(newId, newSecret, null)));
        expectUnauthorized(postSigned(tenant, lead(), oldSecret), "invalid-signature");
        postSigned(tenant, lead(), newSecret).expectStatus().isAccepted();

        events.publishRaw("tenant.secrets", tenant.toString(), null, Map.of());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM tenant_secret_set WHERE tenant_id = '" + tenant + "'") == 0);
        expectUnauthorized(postSigned(tenant, lead(), newSecret), "webhook-not-configured");
    }

    @Test
    void aSentTouchIsIndexedByMessageIdAndARedeliveredEventChangesNothing() {
        UUID touchId = UUID.randomUUID();
        UUID leadId = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        String messageId = "<t." + touchId + "@mail.acmeagency.com.au>";
        String eventId = UUID.randomUUID().toString();
        events.publishWithId(eventId, "touch.sent", "agencyos.touch.sent.v1", leadId.toString(), ACME,
                touchSent(touchId, leadId, campaign, messageId));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM touch_message WHERE message_id = '" + messageId + "'") == 1);
        var row = db.sql("SELECT touch_id, lead_id, campaign_id, tenant_id, recipient FROM touch_message WHERE message_id = :m")
                .bind("m", messageId)
                .map(r -> Map.of("touch", r.get("touch_id", UUID.class), "lead", r.get("lead_id", UUID.class),
                        "campaign", r.get("campaign_id", UUID.class), "tenant", r.get("tenant_id", UUID.class),
                        "to", r.get("recipient", String.class)))
                .one().block();
        assertThat(row).containsEntry("touch", touchId).containsEntry("lead", leadId).containsEntry("campaign", campaign)
                .containsEntry("tenant", ACME).containsEntry("to", "jo.bloggs@acme.com.au");

        UUID redeliveredTouch = UUID.randomUUID();
        events.publishWithId(eventId, "touch.sent", "agencyos.touch.sent.v1", leadId.toString(), ACME,
                touchSent(redeliveredTouch, leadId, campaign, "<other." + redeliveredTouch + "@mail.acmeagency.com.au>"));
        UUID marker = UUID.randomUUID();
        events.publish("touch.sent", "agencyos.touch.sent.v1", leadId.toString(), ACME,
                touchSent(marker, leadId, campaign, "<t." + marker + "@mail.acmeagency.com.au>"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM touch_message WHERE touch_id = '" + marker + "'") == 1);
        assertThat(count("SELECT count(*) FROM touch_message WHERE touch_id = '" + redeliveredTouch + "'")).isZero();
        assertThat(count("SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextGoodMessageIsStillProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        events.publishRaw("touch.sent", poisonKey, "{not json", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "agencyos.touch.sent.v1", "ce_specversion", "1.0", "ce_tenantid", ACME.toString()));
        String noEnvelopeKey = "no-envelope-" + UUID.randomUUID();
        events.publishRaw("touch.sent", noEnvelopeKey, "{}", Map.of());
        UUID good = UUID.randomUUID();
        events.publish("touch.sent", "agencyos.touch.sent.v1", good.toString(), ACME,
                touchSent(good, UUID.randomUUID(), UUID.randomUUID(), "<t." + good + "@mail.acmeagency.com.au>"));

        var dead = events.await("touch.sent.dlq", withKey(poisonKey));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a valid");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("touch.sent");
        events.await("touch.sent.dlq", withKey(noEnvelopeKey));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM touch_message WHERE touch_id = '" + good + "'") == 1);

        UUID tenant = UUID.randomUUID();
        String secret = "whsec_kept_" + tenant;
        awaitProcessed(publishSecrets(tenant, 1, secret(UUID.randomUUID(), secret, null)));
        UUID unreadable = UUID.randomUUID();
        events.publish("tenant.secrets", "agencyos.tenant.secrets-changed.v1", tenant.toString(), tenant,
                secretsChanged(tenant, 2, Map.of("secretId", unreadable.toString(), "kind", "agencyos_webhook",
                        "sealed", Sealing.seal("ff".repeat(32), "whsec_under_another_key"),
                        "createdAt", "2026-11-20T04:30:00Z")));
        var deadSecrets = events.await("tenant.secrets.dlq", withKey(tenant.toString()));
        assertThat(header(deadSecrets, "kafka_dlt-exception-message")).contains(unreadable.toString())
                .doesNotContain("whsec_under_another_key");
        postSigned(tenant, lead(), secret).expectStatus().isAccepted();
    }

    void givenAcmeAndGlobexHaveWebhookSecrets() {
        if (count("SELECT count(*) FROM tenant_secret_set WHERE tenant_id IN ('" + ACME + "', '" + GLOBEX + "')") == 2) {
            return;
        }
        String acme = """
                {"tenantId":"%s","version":3,"changedAt":"2026-11-20T04:30:00.000Z",
                 "secrets":[{"secretId":"%s","kind":"agencyos_webhook","sealed":"%s","createdAt":"2026-11-20T04:30:00.000Z",
                             "expiresAt":null},
                            {"secretId":"8f7e6d5c-4b3a-4291-8f0e-d1c2b3a49f02","kind":"hubspot_app","sealed":"%s",
                             "createdAt":"2026-09-02T01:05:00.000Z","expiresAt":null}],
                 "allowedHubspotFormIds":["3f1c9a7e-5b2d-4e8f-9a6c-1d2e3f4a5b6c"]}"""
                .formatted(ACME, ACME_SECRET_ID, Sealing.DOCUMENTED_WHSEC, Sealing.DOCUMENTED_HUBSPOT);
        EventSchemas.assertValid("agencyos.tenant.secrets-changed.v1", acme);
        awaitProcessed(events.publish("tenant.secrets", "agencyos.tenant.secrets-changed.v1", ACME.toString(), ACME, acme));
        awaitProcessed(publishSecrets(GLOBEX, 1, secret(UUID.randomUUID(), GLOBEX_SECRET, null)));
    }

    @SafeVarargs
    private String publishSecrets(UUID tenant, long version, Map<String, String>... secrets) {
        String payload = secretsChanged(tenant, version, secrets);
        EventSchemas.assertValid("agencyos.tenant.secrets-changed.v1", payload);
        return events.publish("tenant.secrets", "agencyos.tenant.secrets-changed.v1", tenant.toString(), tenant, payload);
    }

    @SafeVarargs
    static String secretsChanged(UUID tenant, long version, Map<String, String>... secrets) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("tenantId", tenant.toString());
        payload.put("version", version);
        payload.put("changedAt", Instant.now().toString());
        payload.put("secrets", List.of(secrets));
        payload.put("allowedHubspotFormIds", List.of());
        return EventJson.write(payload);
    }

    static Map<String, String> secret(UUID secretId, String plaintext, Instant expiresAt) {
        Map<String, String> secret = new HashMap<>(Map.of("secretId", secretId.toString(), "kind", "agencyos_webhook",
                "sealed", Sealing.seal(Sealing.DOCUMENTED_KEY_HEX, plaintext), "createdAt", "2026-11-20T04:30:00Z"));
        if (expiresAt != null) {
            secret.put("expiresAt", expiresAt.toString());
        }
        return secret;
    }

    void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'tenant-secrets' AND event_id = '" + eventId + "'") == 1);
    }

    static String touchSent(UUID touchId, UUID leadId, UUID campaign, String messageId) {
        String payload = """
                {"touchId":"%s","leadId":"%s","tenantId":"%s","campaignId":"%s","enrollmentId":"%s","step":1,
                 "variant":"a","channel":"email","mode":"sent","resourceId":"%s","messageId":"%s","inReplyTo":null,
                 "to":"jo.bloggs@acme.com.au","subject":"Jo, same-day quotes","contentSnapshot":"Hi Jo",
                 "sentAt":"2026-11-24T22:00:03.412Z","costMicros":0}"""
                .formatted(touchId, leadId, ACME, campaign, UUID.randomUUID(), UUID.randomUUID(), messageId);
        EventSchemas.assertValid("agencyos.touch.sent.v1", payload);
        return payload;
    }

    static String lead() {
        return "{\"email\":\"lead.%s@example.com\"}".formatted(UUID.randomUUID());
    }

    WebTestClient.ResponseSpec postSigned(UUID tenant, String body, String secret) {
        return post(tenant, body, Signer.header(secret, now(), body));
    }

    WebTestClient.ResponseSpec post(UUID tenant, String body, String signature) {
        return web.post().uri("/webhooks/leads/{tenantId}", tenant).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (signature != null) {
                        h.set(SIGNATURE, signature);
                    }
                })
                .bodyValue(bytes(body)).exchange();
    }

    static void expectUnauthorized(WebTestClient.ResponseSpec response, String problem) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + problem);
    }

    long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
