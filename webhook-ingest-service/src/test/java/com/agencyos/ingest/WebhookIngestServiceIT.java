package com.agencyos.ingest;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.ingest.support.Sealing;
import com.agencyos.ingest.support.Signer;
import com.agencyos.ingest.webhook.domain.AgencySignature;
import com.agencyos.ingest.webhook.domain.BasicCredentials;
import com.agencyos.ingest.webhook.domain.HubSpotSignature;
import com.agencyos.ingest.webhook.domain.TwilioSignature;
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
@TestPropertySource(properties = {"agencyos.ingest.secrets-key=" + Sealing.DOCUMENTED_KEY_HEX,
    "agencyos.ingest.public-base-url=https://example.test/",
    "agencyos.ingest.intake-rate-limit.tenants[7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0003].burst=2",
    "agencyos.ingest.intake-rate-limit.tenants[7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0003].per-second=0.01"})
class WebhookIngestServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    /** Initech has its own intake limit in the test properties: a burst of 2, then one lead per 100 s. */
    static final UUID INITECH = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0003");
    /** Acme's secret is the RECIPES test vector, published exactly as docs/events/examples seals it. */
    static final String ACME_SECRET = "whsec_test_0001";
    static final UUID ACME_SECRET_ID = UUID.fromString("8f7e6d5c-4b3a-4291-8f0e-d1c2b3a49f01");
    static final String GLOBEX_SECRET = "whsec_globex_0001";
    static final String SIGNATURE = "X-AgencyOS-Signature";
    static final String PROBLEMS = "https://agencyos.dev/problems/";
    /** Acme's HubSpot app secret is the RECIPES vector's; its only allowed form is {@link #ACME_FORM}. */
    static final String ACME_HUBSPOT_SECRET = "hs-test-secret-0001";
    static final String ACME_FORM = "3f1c9a7e-5b2d-4e8f-9a6c-1d2e3f4a5b6c";
    static final String ACME_POSTMARK = "pm-acme:pm-pass-0001";
    static final String ACME_TWILIO = "twilio-token-acme-0001";

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

    @Test
    void aSignedHubSpotFormSubmissionBecomesOneLeadWithItsConsentAndARetryChangesNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String submission = "hs-" + UUID.randomUUID();
        String body = """
                {"formGuid":"%s","submissionId":"%s","fields":[
                  {"objectTypeId":"0-1","name":"email","value":"jo.bloggs@acme.com.au"},
                  {"objectTypeId":"0-1","name":"firstname","value":"Jo"},
                  {"objectTypeId":"0-2","name":"company","value":"Acme Plumbing"},
                  {"objectTypeId":"0-1","name":"how_did_you_hear","value":"Google"}],
                 "context":{"pageUri":"https://acme.com.au/contact","pageName":"Contact"},
                 "legalConsentOptions":{"consent":{"consentToProcess":true,"text":"I agree.",
                   "communications":[{"value":true,"subscriptionTypeId":999,"text":"Send me news"}]}}}"""
                .formatted(ACME_FORM, submission);

        String leadId = postHubSpotV3(body, Instant.now().toEpochMilli(), ACME_HUBSPOT_SECRET).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        postHubSpotV3(body, Instant.now().toEpochMilli(), ACME_HUBSPOT_SECRET).expectStatus().isOk()
                .expectBody().jsonPath("$.leadId").isEqualTo(leadId);

        var received = events.await("form.received", withKey(leadId));
        EventSchemas.assertValid(received);
        var json = EventJson.tree(received.value());
        assertThat(json.get("source").asString()).isEqualTo("hubspot");
        assertThat(json.get("sourceRef").asString()).isEqualTo("hubspot:" + submission);
        assertThat(json.get("contact").get("firstName").asString()).isEqualTo("Jo");
        assertThat(json.get("company").get("name").asString()).isEqualTo("Acme Plumbing");
        assertThat(json.get("customFields").get("how_did_you_hear").asString()).isEqualTo("Google");
        assertThat(json.get("consent").get("consentToProcess").asBoolean()).isTrue();
        assertThat(json.get("consent").get("communications").get(0).get("subscriptionTypeId").asString()).isEqualTo("999");

        String marker = postHubSpotV3(hubSpotValues(ACME_FORM, "hs-" + UUID.randomUUID(), "marker." + UUID.randomUUID() + "@acme.com.au"), Instant.now().toEpochMilli(),
                ACME_HUBSPOT_SECRET).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        events.await("form.received", withKey(marker));
        assertThat(events.recordsWithKey("form.received", leadId)).hasSize(1);
    }

    @Test
    void olderHubSpotAppsMaySignWithV1OrV2() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String v1Body = hubSpotValues(ACME_FORM, "hs-" + UUID.randomUUID(), "legacy.v1." + UUID.randomUUID() + "@acme.com.au");
        postHubSpot(v1Body, Map.of("X-HubSpot-Signature", HubSpotSignature.v1(ACME_HUBSPOT_SECRET, bytes(v1Body)),
                "X-HubSpot-Signature-Version", "v1")).expectStatus().isAccepted();
        String v2Body = hubSpotValues(ACME_FORM, "hs-" + UUID.randomUUID(), "legacy.v2." + UUID.randomUUID() + "@acme.com.au");
        postHubSpot(v2Body, Map.of("X-HubSpot-Signature", HubSpotSignature.v2(ACME_HUBSPOT_SECRET, "POST", hubSpotUri(ACME),
                bytes(v2Body)), "X-HubSpot-Signature-Version", "v2")).expectStatus().isAccepted();
    }

    @Test
    void hubSpotRequestsThatAreUnsignedStaleForeignForOtherFormsOrMalformedAreRefusedAndWriteNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        long receipts = count("SELECT count(*) FROM lead_receipt");
        long outbox = count("SELECT count(*) FROM outbox_event");
        String body = hubSpotValues(ACME_FORM, "hs-" + UUID.randomUUID(), "mallory@acme.com.au");
        long now = Instant.now().toEpochMilli();

        expectUnauthorized(postHubSpotV3(body, now - 300_001, ACME_HUBSPOT_SECRET), "stale-signature");
        expectUnauthorized(postHubSpotV3(body, now, "hs-someone-else"), "invalid-signature");
        expectUnauthorized(postHubSpot(body, Map.of()), "invalid-signature");
        expectUnauthorized(postHubSpot(body, Map.of("X-HubSpot-Signature-v3", "%%%", "X-HubSpot-Request-Timestamp",
                String.valueOf(now))), "invalid-signature");
        expectUnauthorized(postHubSpot(body.replace("mallory", "eve"), Map.of("X-HubSpot-Signature-v3",
                HubSpotSignature.v3(ACME_HUBSPOT_SECRET, "POST", hubSpotUri(ACME), bytes(body), String.valueOf(now)),
                "X-HubSpot-Request-Timestamp", String.valueOf(now))), "invalid-signature");
        expectUnauthorized(web.post().uri("/webhooks/hubspot/{tenantId}", GLOBEX).contentType(MediaType.APPLICATION_JSON)
                .header("X-HubSpot-Signature-v3", HubSpotSignature.v3(ACME_HUBSPOT_SECRET, "POST", hubSpotUri(GLOBEX), bytes(body),
                        String.valueOf(now)))
                .header("X-HubSpot-Request-Timestamp", String.valueOf(now)).bodyValue(bytes(body)).exchange(),
                "webhook-not-configured");

        postHubSpotV3(hubSpotValues("some-other-form", "hs-" + UUID.randomUUID(), "jo@acme.com.au"), now, ACME_HUBSPOT_SECRET)
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "form-not-allowed");
        postHubSpotV3("{\"values\":[{\"name\":\"email\",\"value\":\"jo@acme.com.au\"}]}", now, ACME_HUBSPOT_SECRET)
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "form-not-allowed");
        postHubSpotV3("{\"fields\":", now, ACME_HUBSPOT_SECRET).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-json");
        postHubSpotV3("{\"email\":\"jo@acme.com.au\"}", now, ACME_HUBSPOT_SECRET).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.body").exists();
        postHubSpotV3(hubSpotValues(ACME_FORM, "hs-" + UUID.randomUUID(), "jo at acme"), now, ACME_HUBSPOT_SECRET)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.email").isEqualTo("is not a valid email address");
        String huge = hubSpotValues(ACME_FORM, "hs-huge", "x".repeat(1024 * 1024));
        postHubSpotV3(huge, now, ACME_HUBSPOT_SECRET).expectStatus().isEqualTo(413);
        web.post().uri("/webhooks/hubspot/{tenantId}", ACME).contentType(MediaType.TEXT_PLAIN).bodyValue(bytes(body)).exchange()
                .expectStatus().isEqualTo(415);

        assertThat(count("SELECT count(*) FROM lead_receipt")).isEqualTo(receipts);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    @Test
    void ownersAndAdminsMapATenantsOwnHubSpotPropertiesAndWorkflowContactsFollowTheMapping() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String mapping = "{\"fields\":{\"company_size\":\"employeeCount\",\"agency_vertical\":\"industry\"}}";
        web.put().uri("/api/v1/intake/hubspot/mapping").headers(h -> h.setBearerAuth(issuer.token(ACME, "member")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(mapping)).exchange().expectStatus().isForbidden();
        web.put().uri("/api/v1/intake/hubspot/mapping").headers(h -> h.setBearerAuth(issuer.token(ACME, "admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes("{\"fields\":{\"company_size\":\"headcount\"}}"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors['fields.company_size']").exists();
        web.put().uri("/api/v1/intake/hubspot/mapping").headers(h -> h.setBearerAuth(issuer.token(ACME, "admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(mapping)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.effective.company_size").isEqualTo("employeeCount")
                .jsonPath("$.effective.firstname").isEqualTo("firstName");
        web.get().uri("/api/v1/intake/hubspot/mapping").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.fields.agency_vertical").isEqualTo("industry");
        web.get().uri("/api/v1/intake/hubspot/mapping").headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.fields.agency_vertical").doesNotExist();

        String contact = """
                {"vid":501,"properties":{"email":{"value":"wf.%s@acme.com.au"},"firstname":{"value":"Wren"},
                 "company_size":{"value":"120"},"agency_vertical":{"value":"Construction"},"favourite_colour":{"value":"teal"}}}"""
                .formatted(UUID.randomUUID());
        String leadId = postHubSpotV3(contact, Instant.now().toEpochMilli(), ACME_HUBSPOT_SECRET).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("leadId").toString();
        var json = EventJson.tree(events.await("form.received", withKey(leadId)).value());
        assertThat(json.get("company").get("employeeCount").asInt()).isEqualTo(120);
        assertThat(json.get("company").get("industry").asString()).isEqualTo("Construction");
        assertThat(json.get("customFields").get("favourite_colour").asString()).isEqualTo("teal");
        assertThat(json.get("sourceRef").asString()).startsWith("sha256:");
    }

    @Test
    void anyoneInATenantMayClassifyAReplyAndNothingIsStored() {
        long outbox = count("SELECT count(*) FROM outbox_event");
        web.post().uri("/api/v1/replies/classify").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes("{\"text\":\"Sounds good, can we book a call on Thursday at 2pm?\\n\\n> On Mon, Nov 23 you wrote:\\n> Hi Jo\"}"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intent").isEqualTo("meeting_request").jsonPath("$.classifier").isEqualTo("builtin")
                .jsonPath("$.text").value(text -> assertThat(text.toString()).doesNotContain("you wrote"));
        web.post().uri("/api/v1/replies/classify").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes("{\"text\":\"I am out of the office until 3 December 2026 with limited access to email.\"}"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intent").isEqualTo("out_of_office").jsonPath("$.returnDate").isEqualTo("2026-12-03");
        web.post().uri("/api/v1/replies/classify").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes("{\"text\":\"  \"}")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.text").isEqualTo("is required");
        web.post().uri("/api/v1/replies/classify").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes("{\"text\":")).exchange()
                .expectStatus().isBadRequest();
        web.post().uri("/api/v1/replies/classify").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes("{\"text\":\"Yes please\"}")).exchange().expectStatus().isUnauthorized();
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    @Test
    void aPostmarkReplyToASentTouchIsMatchedByMessageIdClassifiedStoredAndAnnouncedOnce() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        UUID touchId = UUID.randomUUID();
        UUID leadId = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        String messageId = "<t." + touchId + "@mail.acmeagency.com.au>";
        givenTouchSent(touchId, leadId, campaign, messageId, "jo.bloggs@acme.com.au");
        String postmarkId = "pm-" + UUID.randomUUID();
        String body = postmarkInbound(postmarkId, "Jo Bloggs <jo.bloggs@acme.com.au>", "",
                "Sounds good, can we book a call on Thursday at 2pm?\\n\\nJo Bloggs\\nManaging Director\\n\\n"
                        + "On Mon, 23 Nov 2026 at 09:00, Sam <sam@acmeagency.com.au> wrote:\\n> Hi Jo, would same-day quotes help?",
                "<older@mail.acmeagency.com.au> " + messageId);

        String replyId = postPostmark(ACME, body, ACME_POSTMARK).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("replyId").toString();
        postPostmark(ACME, body, ACME_POSTMARK).expectStatus().isOk().expectBody().jsonPath("$.replyId").isEqualTo(replyId)
                .jsonPath("$.matched").isEqualTo(true);

        var classified = events.await("reply.classified", withKey(leadId.toString()));
        EventSchemas.assertValid(classified);
        var json = EventJson.tree(classified.value());
        assertThat(json.get("replyId").asString()).isEqualTo(replyId);
        assertThat(json.get("touchId").asString()).isEqualTo(touchId.toString());
        assertThat(json.get("campaignId").asString()).isEqualTo(campaign.toString());
        assertThat(json.get("intent").asString()).isEqualTo("meeting_request");
        assertThat(json.get("excerpt").asString()).doesNotContain("wrote:").doesNotContain("Managing Director");
        assertThat(count("SELECT count(*) FROM reply WHERE provider_ref = 'postmark:" + postmarkId + "'")).isEqualTo(1);

        UUID markerLead = UUID.randomUUID();
        UUID markerTouch = UUID.randomUUID();
        givenTouchSent(markerTouch, markerLead, campaign, "<t." + markerTouch + "@mail.acmeagency.com.au>", "jo.bloggs@acme.com.au");
        postPostmark(ACME, postmarkInbound("pm-" + UUID.randomUUID(), "jo.bloggs@acme.com.au", markerTouch.toString(),
                "Thanks, interested.", null), ACME_POSTMARK).expectStatus().isOk();
        events.await("reply.classified", withKey(markerLead.toString()));
        assertThat(events.recordsWithKey("reply.classified", leadId.toString())).hasSize(1);
    }

    @Test
    void repliesMatchByMailboxHashThenBySenderAndUnmatchedOnesAreKeptForReview() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String sam = "sam." + UUID.randomUUID() + "@globex.com";
        UUID touchId = UUID.randomUUID();
        UUID leadId = UUID.randomUUID();
        givenTouchSent(touchId, leadId, UUID.randomUUID(), "<t." + touchId + "@mail.acmeagency.com.au>", sam);

        String byHash = postPostmark(ACME, postmarkInbound("pm-" + UUID.randomUUID(), "someone.else@globex.com",
                touchId.toString(), "What does it cost per month?", null), ACME_POSTMARK).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("replyId").toString();
        String bySender = postPostmark(ACME, postmarkInbound("pm-" + UUID.randomUUID(), sam.toUpperCase(), "",
                "What does it cost per month?", "<unknown@elsewhere>"), ACME_POSTMARK).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("replyId").toString();
        postPostmark(ACME, postmarkInbound("pm-" + UUID.randomUUID(), "stranger@nowhere.example", "", "Who are you?", null),
                ACME_POSTMARK).expectStatus().isOk().expectBody().jsonPath("$.matched").isEqualTo(false);

        assertThat(db.sql("SELECT matched_by FROM reply WHERE reply_id = :id").bind("id", UUID.fromString(byHash))
                .map(row -> row.get("matched_by", String.class)).one().block()).isEqualTo("mailbox_hash");
        assertThat(db.sql("SELECT matched_by FROM reply WHERE reply_id = :id").bind("id", UUID.fromString(bySender))
                .map(row -> row.get("matched_by", String.class)).one().block()).isEqualTo("sender");
        assertThat(events.await("reply.classified", withKey(leadId.toString()))).isNotNull();

        web.get().uri("/api/v1/replies?matched=false").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.sender == 'stranger@nowhere.example')].intent").exists()
                .jsonPath("$[?(@.replyId == '" + byHash + "')]").doesNotExist();
        web.get().uri("/api/v1/replies?matched=true").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.replyId == '" + byHash + "')].touchId")
                .isEqualTo(List.of(touchId.toString()));
        web.get().uri("/api/v1/replies?matched=false").headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.sender == 'stranger@nowhere.example')]").doesNotExist();
        web.get().uri("/api/v1/replies?limit=0").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aReplyAskingToUnsubscribeAlsoAnnouncesContactUnsubscribed() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String kim = "kim." + UUID.randomUUID() + "@globex.com";
        UUID touchId = UUID.randomUUID();
        UUID leadId = UUID.randomUUID();
        givenTouchSent(touchId, leadId, UUID.randomUUID(), "<t." + touchId + "@mail.acmeagency.com.au>", kim);

        postPostmark(ACME, postmarkInbound("pm-" + UUID.randomUUID(), kim, "",
                "Please unsubscribe me and remove me from your mailing list.", "<t." + touchId + "@mail.acmeagency.com.au>"),
                ACME_POSTMARK).expectStatus().isOk();

        var unsubscribed = events.await("delivery.events", withKey(leadId.toString()));
        assertThat(header(unsubscribed, "ce_type")).isEqualTo("agencyos.contact.unsubscribed.v1");
        EventSchemas.assertValid(unsubscribed);
        var json = EventJson.tree(unsubscribed.value());
        assertThat(json.get("email").asString()).isEqualTo(kim);
        assertThat(json.get("touchId").asString()).isEqualTo(touchId.toString());
        assertThat(json.get("source").asString()).isEqualTo("reply");
        assertThat(EventJson.tree(events.await("reply.classified", withKey(leadId.toString())).value()).get("intent").asString())
                .isEqualTo("unsubscribe");
    }

    @Test
    void postmarkRequestsWithoutTheTenantsCredentialsOrWithBadBodiesAreRefusedAndWriteNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        long replies = count("SELECT count(*) FROM reply");
        long outbox = count("SELECT count(*) FROM outbox_event");
        String body = postmarkInbound("pm-" + UUID.randomUUID(), "jo@acme.com.au", "", "Yes please", null);

        expectProblem(postPostmark(ACME, body, "pm-acme:guess"), 401, "invalid-credentials");
        expectProblem(postPostmark(ACME, body, null), 401, "invalid-credentials");
        expectProblem(postPostmark(GLOBEX, body, ACME_POSTMARK), 401, "webhook-not-configured");
        expectProblem(web.post().uri("/webhooks/postmark/not-a-tenant/inbound").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(body)).exchange(), 401, "webhook-not-configured");
        expectProblem(postPostmark(ACME, "{\"TextBody\":", ACME_POSTMARK), 400, "malformed-json");
        expectProblem(postPostmark(ACME, "{\"TextBody\":{\"$ne\":null}}", ACME_POSTMARK), 400, "invalid-request");
        expectProblem(postPostmark(ACME, "{\"TextBody\":\"" + "x".repeat(1024 * 1024) + "\"}", ACME_POSTMARK), 413,
                "payload-too-large");
        web.post().uri("/webhooks/postmark/{tenantId}/inbound", ACME).contentType(MediaType.TEXT_PLAIN)
                .header("Authorization", BasicCredentials.header(ACME_POSTMARK)).bodyValue(bytes(body)).exchange()
                .expectStatus().isEqualTo(415).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(count("SELECT count(*) FROM reply")).isEqualTo(replies);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    @Test
    void postmarkBouncesAndComplaintsAreAnnouncedOnDeliveryEventsOnceAndOtherRecordsAreIgnored() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String lee = "lee." + UUID.randomUUID() + "@globex.com";
        UUID touchId = UUID.randomUUID();
        UUID leadId = UUID.randomUUID();
        givenTouchSent(touchId, leadId, UUID.randomUUID(), "<t." + touchId + "@mail.acmeagency.com.au>", lee);
        long id = Math.abs(UUID.randomUUID().getMostSignificantBits());
        String hard = postmarkRecord("Bounce", id, 1, lee.toUpperCase());

        postPostmarkDelivery(hard).expectStatus().isOk().expectBody().jsonPath("$.handled").isEqualTo(true)
                .jsonPath("$.first").isEqualTo(true);
        postPostmarkDelivery(hard).expectStatus().isOk().expectBody().jsonPath("$.first").isEqualTo(false);
        var bounced = events.await("delivery.events", withKey(leadId.toString()));
        EventSchemas.assertValid(bounced);
        assertThat(header(bounced, "ce_type")).isEqualTo("agencyos.delivery.bounced.v1");
        var json = EventJson.tree(bounced.value());
        assertThat(json.get("kind").asString()).isEqualTo("hard");
        assertThat(json.get("email").asString()).isEqualTo(lee);
        assertThat(json.get("touchId").asString()).isEqualTo(touchId.toString());
        assertThat(Instant.parse(json.get("occurredAt").asString())).isEqualTo(Instant.parse("2026-11-24T21:33:54.907Z"));

        String stranger = "nobody." + UUID.randomUUID() + "@globex.com";
        postPostmarkDelivery(postmarkRecord("SpamComplaint", id, 100001, stranger)).expectStatus().isOk();
        var complained = events.await("delivery.events", record -> record.value() != null && record.value().contains(stranger));
        EventSchemas.assertValid(complained);
        assertThat(header(complained, "ce_type")).isEqualTo("agencyos.delivery.complained.v1");
        assertThat(complained.key()).isEqualTo(ACME.toString());

        long reports = count("SELECT count(*) FROM delivery_report");
        postPostmarkDelivery(postmarkRecord("Bounce", id + 1, 64, lee)).expectStatus().isOk()
                .expectBody().jsonPath("$.handled").isEqualTo(false);
        postPostmarkDelivery("{\"RecordType\":\"Open\",\"MessageID\":\"x\"}").expectStatus().isOk();
        expectProblem(postPostmarkDelivery(postmarkRecord("Bounce", id + 2, 1, "not an address")), 400, "invalid-request");
        expectProblem(web.post().uri("/webhooks/postmark/{tenantId}/delivery", ACME).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", BasicCredentials.header("pm-acme:guess")).bodyValue(bytes(hard)).exchange(), 401,
                "invalid-credentials");
        assertThat(count("SELECT count(*) FROM delivery_report")).isEqualTo(reports);
        assertThat(events.recordsWithKey("delivery.events", leadId.toString())).hasSize(1);
    }

    static String postmarkRecord(String recordType, long id, int typeCode, String email) {
        return """
                {"RecordType":"%s","ID":%d,"Type":"HardBounce","TypeCode":%d,"MessageID":"883953f4-6105-42a2-a16a-77a8eac79483",
                 "Email":"%s","From":"sam@acmeagency.com.au","BouncedAt":"2026-11-24T16:33:54.9070259-05:00"}"""
                .formatted(recordType, id, typeCode, email);
    }

    WebTestClient.ResponseSpec postPostmarkDelivery(String body) {
        return web.post().uri("/webhooks/postmark/{tenantId}/delivery", ACME).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", BasicCredentials.header(ACME_POSTMARK)).bodyValue(bytes(body)).exchange();
    }

    @Test
    void aSignedTwilioStopUnsubscribesTheNumberAndAnswersEmptyTwiml() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        String phone = "+614" + String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits())).substring(0, 8);
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, List<String>> params = new java.util.LinkedHashMap<>(Map.of("MessageSid", List.of(sid), "AccountSid",
                List.of("AC123"), "From", List.of(phone), "To", List.of("+61400000000"), "Body", List.of("Stop"), "NumMedia",
                List.of("0")));

        postTwilio(params, TwilioSignature.sign(ACME_TWILIO, twilioUrl(ACME), params)).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_XML)
                .expectBody(String.class).isEqualTo("<Response></Response>");
        postTwilio(params, TwilioSignature.sign(ACME_TWILIO, twilioUrl(ACME), params)).expectStatus().isOk();

        var unsubscribed = events.await("delivery.events", record -> record.value() != null && record.value().contains(phone));
        EventSchemas.assertValid(unsubscribed);
        assertThat(header(unsubscribed, "ce_type")).isEqualTo("agencyos.contact.unsubscribed.v1");
        assertThat(EventJson.tree(unsubscribed.value()).get("phone").asString()).isEqualTo(phone);
        assertThat(count("SELECT count(*) FROM reply WHERE provider_ref = 'twilio:" + sid + "' AND intent = 'unsubscribe'"))
                .isEqualTo(1);
        String replyId = db.sql("SELECT reply_id::text AS id FROM reply WHERE provider_ref = :ref").bind("ref", "twilio:" + sid)
                .map(row -> row.get("id", String.class)).one().block();
        var classified = events.await("reply.classified", record -> record.value() != null && record.value().contains(replyId));
        assertThat(EventJson.tree(classified.value()).get("channel").asString()).isEqualTo("sms");
        assertThat(events.records("delivery.events").stream().filter(record -> record.value() != null
                && record.value().contains(phone))).hasSize(1);
    }

    @Test
    void twilioRequestsWithoutAValidSignatureOrWithABadSenderAreRefusedAndWriteNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        long replies = count("SELECT count(*) FROM reply");
        long outbox = count("SELECT count(*) FROM outbox_event");
        Map<String, List<String>> params = Map.of("MessageSid", List.of("SM-bad"), "From", List.of("+61411111111"),
                "Body", List.of("STOP"));
        expectProblem(postTwilio(params, TwilioSignature.sign("someone-else", twilioUrl(ACME), params)), 401, "invalid-signature");
        expectProblem(postTwilio(params, null), 401, "invalid-signature");
        Map<String, List<String>> noSender = Map.of("MessageSid", List.of("SM-bad"), "From", List.of("'; DROP TABLE reply;--"),
                "Body", List.of("STOP"));
        expectProblem(postTwilio(noSender, TwilioSignature.sign(ACME_TWILIO, twilioUrl(ACME), noSender)), 400, "invalid-request");
        web.post().uri("/webhooks/twilio/{tenantId}/sms", ACME).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", "x").bodyValue(bytes("Body=%zz")).exchange().expectStatus().is4xxClientError();
        web.post().uri("/webhooks/twilio/{tenantId}/sms", GLOBEX).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(bytes("Body=STOP")).exchange().expectStatus().isUnauthorized();
        assertThat(count("SELECT count(*) FROM reply")).isEqualTo(replies);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    static String twilioUrl(UUID tenant) {
        return "https://example.test/webhooks/twilio/" + tenant + "/sms";
    }

    WebTestClient.ResponseSpec postTwilio(Map<String, List<String>> params, String signature) {
        StringBuilder form = new StringBuilder();
        params.forEach((name, values) -> values.forEach(value -> form.append(form.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return web.post().uri("/webhooks/twilio/{tenantId}/sms", ACME).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .headers(h -> {
                    if (signature != null) {
                        h.set("X-Twilio-Signature", signature);
                    }
                })
                .bodyValue(bytes(form.toString())).exchange();
    }

    @Test
    void aCsvImportReportsEachRowFeedsFirmographicsOnAndTheSameFileAgainIsAllDuplicates() {
        String run = UUID.randomUUID().toString();
        String csv = "Email,First Name,Company,# Employees,Hiring,Latest Funding Date,Employment Start Date,Seniority\r\n"
                + "ann." + run + "@acme.com.au,Ann,Acme,38,yes,2026-03-01,2024-07-15,Owner\r\n"
                + "not-an-email,Bob,Acme,,,,,\r\n"
                + "cat." + run + "@acme.com.au,Cat,Acme,lots,,,,\r\n"
                + "dan." + run + "@acme.com.au,Dan,\"Acme, Inc\",,,,,\r\n";
        String member = issuer.token(GLOBEX, "member");

        var report = web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(bytes(csv)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(2).jsonPath("$.duplicate").isEqualTo(0).jsonPath("$.rejected").isEqualTo(2)
                .jsonPath("$.rows[1].status").isEqualTo("rejected")
                .jsonPath("$.rows[1].errors.email").isEqualTo("is not a valid email address")
                .jsonPath("$.rows[2].errors.employeeCount").isEqualTo("must be a whole number")
                .returnResult().getResponseBody();
        String leadId = EventJson.tree(new String(report, StandardCharsets.UTF_8)).get("rows").get(0).get("leadId").asString();

        var received = events.await("form.received", withKey(leadId));
        EventSchemas.assertValid(received);
        var json = EventJson.tree(received.value());
        assertThat(json.get("source").asString()).isEqualTo("import");
        assertThat(json.get("company").get("hiring").asBoolean()).isTrue();
        assertThat(json.get("company").get("latestFundingDate").asString()).isEqualTo("2026-03-01");
        assertThat(json.get("company").get("employeeCount").asInt()).isEqualTo(38);
        assertThat(json.get("contact").get("employmentStartDate").asString()).isEqualTo("2024-07-15");
        assertThat(json.get("customFields").get("Seniority").asString()).isEqualTo("Owner");

        web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(bytes(csv)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.accepted").isEqualTo(0).jsonPath("$.duplicate").isEqualTo(2).jsonPath("$.rejected").isEqualTo(2)
                .jsonPath("$.rows[0].leadId").isEqualTo(leadId);

        String array = "[{\"email\":\"eve." + run + "@acme.com.au\",\"hiring\":false},{\"firstName\":\"NoEmail\"},"
                + "{\"email\":\"fay." + run + "@acme.com.au\",\"latestFundingDate\":\"March\"}]";
        web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(array)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.accepted").isEqualTo(1).jsonPath("$.rejected").isEqualTo(2)
                .jsonPath("$.rows[1].errors.email").isEqualTo("is required")
                .jsonPath("$.rows[2].errors.latestFundingDate").isEqualTo("must be a date as YYYY-MM-DD");
    }

    @Test
    void importsThatCannotBeImportsAreRefusedBeforeAnyRowIsWrittenAndRowsBeyondTheLimitAreRejected() {
        long receipts = count("SELECT count(*) FROM lead_receipt");
        String member = issuer.token(GLOBEX, "member");
        String csv = "Email\r\nzed." + UUID.randomUUID() + "@acme.com.au\r\n";

        web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "viewer")))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(bytes(csv)).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/leads/import").contentType(MediaType.parseMediaType("text/csv")).bodyValue(bytes(csv)).exchange()
                .expectStatus().isUnauthorized();
        expectProblem(web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(bytes("Name,Company\r\nJo,Acme\r\n")).exchange(),
                400, "malformed-csv");
        expectProblem(web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes("{\"email\":\"jo@acme.com.au\"}")).exchange(),
                400, "malformed-json");
        web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member)).contentType(MediaType.TEXT_PLAIN)
                .bodyValue(bytes(csv)).exchange().expectStatus().isEqualTo(415);
        assertThat(count("SELECT count(*) FROM lead_receipt")).isEqualTo(receipts);

        String tooMany = "Email\n" + "not-an-email\n".repeat(10_001);
        web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build().post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(bytes(tooMany)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.rejected").isEqualTo(10_001)
                .jsonPath("$.rows[10000].reason").value(reason -> assertThat(reason.toString()).contains("10000-row limit"));
        assertThat(count("SELECT count(*) FROM lead_receipt")).isEqualTo(receipts);
    }

    /**
     * Malformed and hostile bodies, each correctly signed so that it reaches the parsers: every one gets a 4xx
     * problem, never a 5xx, and none writes a receipt, a reply, a report or an event.
     */
    @Test
    void aCorpusOfMalformedAndHostilePayloadsGetsFourHundredsAndWritesNothing() {
        givenAcmeAndGlobexHaveWebhookSecrets();
        long receipts = count("SELECT count(*) FROM lead_receipt");
        long replies = count("SELECT count(*) FROM reply");
        long reports = count("SELECT count(*) FROM delivery_report");
        long outbox = count("SELECT count(*) FROM outbox_event");
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        String deepObject = "{\"email\":\"jo@acme.com.au\",\"customFields\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001);
        List<byte[]> leadCorpus = List.of(
                bytes("{\"email\":\"' OR 1=1; DROP TABLE lead_receipt;--\"}"),
                bytes("{\"email\":\"<script>alert(1)</script>@acme.com.au\"}"),
                bytes("{\"email\":\"jo@acme.com.au\",\"externalId\":\"a\\u0000b\"}"),
                bytes("{\"email\":\"jo@acme.com.au\",\"externalId\":\"" + "x".repeat(300) + "\"}"),
                bytes("{\"email\":\"😀@😀\"}"),
                bytes("{\"email\":\"\u202Ejo@acme.com.au\u0000\"}"),
                bytes("{\"email\":\"jo@acme.com.au\",\"employeeCount\":1e999999}"),
                bytes("{\"email\":\"jo@acme.com.au\",\"employeeCount\":99999999999999999999999}"),
                bytes("{\"email\":\"jo@acme.com.au\",\"campaignId\":\"../../etc/passwd\"}"),
                bytes("{\"email\":\"jo@acme.com.au\",\"hiring\":\"yes\"}"),
                bytes("{\"email\":{\"$ne\":null}}"),
                bytes("{\"__proto__\":{\"admin\":true}}"),
                bytes(deep),
                bytes(deepObject),
                bytes("{\"email\":\"jo@acme.com.au\",\"email\":\"eve@acme.com.au\"}"),
                new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                bytes("null"),
                bytes(""));
        for (byte[] body : leadCorpus) {
            long t = now();
            web.post().uri("/webhooks/leads/{tenantId}", ACME).contentType(MediaType.APPLICATION_JSON)
                    .header(SIGNATURE, "t=" + t + ",v1=" + AgencySignature.v1(ACME_SECRET, t, body)).bodyValue(body).exchange()
                    .expectStatus().value(status -> assertThat(status).as(new String(body, StandardCharsets.UTF_8)).isBetween(400, 499))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        List<String> hubSpotCorpus = List.of("{\"properties\":\"email\"}", "{\"values\":[[]]}", "{\"fields\":[{\"name\":\"\"}]}",
                "{\"formId\":\"" + ACME_FORM + "\",\"submissionId\":\"s\\u0000\",\"values\":[{\"name\":\"email\",\"value\":\"jo@acme.com.au\"}]}",
                "{\"properties\":{\"email\":{\"value\":[\"jo@acme.com.au\"]}}}", deep,
                "{\"properties\":{\"email\":\"jo@acme.com.au\",\"numemployees\":\"-5\"}}",
                "{\"properties\":{\"email\":\"jo@acme.com.au\"},\"legalConsentOptions\":{\"consent\":{\"communications\":\"all\"}}}");
        for (String body : hubSpotCorpus) {
            postHubSpotV3(body, Instant.now().toEpochMilli(), ACME_HUBSPOT_SECRET).expectStatus()
                    .value(status -> assertThat(status).as(body).isBetween(400, 499));
        }
        List<String> postmarkCorpus = List.of("{\"Headers\":\"In-Reply-To: <x>\"}", "{\"TextBody\":[\"a\"]}", deep,
                "{\"FromFull\":{\"Email\":42}}", "{\"MessageID\":{\"$gt\":\"\"}}");
        for (String body : postmarkCorpus) {
            postPostmark(ACME, body, ACME_POSTMARK).expectStatus().value(status -> assertThat(status).as(body).isBetween(400, 499));
        }
        List<String> deliveryCorpus = List.of("{\"RecordType\":42}", postmarkRecord("Bounce", 1, 1, "jo@acme.com.au\\u0000"),
                "{\"RecordType\":\"Bounce\",\"ID\":\"" + "9".repeat(200) + "\",\"TypeCode\":1,\"Email\":\"jo@acme.com.au\"}",
                "{\"RecordType\":\"SpamComplaint\",\"ID\":1,\"Email\":\"jo@acme.com.au\",\"BouncedAt\":\"'; DROP TABLE x\"}", deep);
        for (String body : deliveryCorpus) {
            postPostmarkDelivery(body).expectStatus().value(status -> assertThat(status).as(body).isBetween(400, 499));
        }

        assertThat(count("SELECT count(*) FROM lead_receipt")).isEqualTo(receipts);
        assertThat(count("SELECT count(*) FROM reply")).isEqualTo(replies);
        assertThat(count("SELECT count(*) FROM delivery_report")).isEqualTo(reports);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    void givenTouchSent(UUID touchId, UUID leadId, UUID campaign, String messageId, String to) {
        events.publish("touch.sent", "agencyos.touch.sent.v1", leadId.toString(), ACME, touchSent(touchId, leadId, campaign, messageId, to));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM touch_message WHERE touch_id = '" + touchId + "'") == 1);
    }

    static String postmarkInbound(String postmarkId, String from, String mailboxHash, String text, String references) {
        String headers = references == null ? "[]" : """
                [{"Name":"Message-ID","Value":"<r.%s@acme.com.au>"},{"Name":"In-Reply-To","Value":"%s"},
                 {"Name":"References","Value":"%s"}]""".formatted(postmarkId, references.substring(references.lastIndexOf('<')),
                references);
        return """
                {"From":"%s","FromFull":{"Email":"%s","Name":"","MailboxHash":""},"To":"inbound+%s@inbound.postmarkapp.com",
                 "Subject":"Re: same-day quotes","MessageID":"%s","TextBody":"%s","MailboxHash":"%s","Headers":%s}"""
                .formatted(from.replace("\"", "\\\""), from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from,
                        mailboxHash, postmarkId, text, mailboxHash, headers);
    }

    WebTestClient.ResponseSpec postPostmark(UUID tenant, String body, String credentials) {
        return web.post().uri("/webhooks/postmark/{tenantId}/inbound", tenant).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (credentials != null) {
                        h.set("Authorization", BasicCredentials.header(credentials));
                    }
                })
                .bodyValue(bytes(body)).exchange();
    }

    static void expectProblem(WebTestClient.ResponseSpec response, int status, String problem) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + problem);
    }

    static String hubSpotUri(UUID tenant) {
        return "https://example.test/webhooks/hubspot/" + tenant;
    }

    @Test
    void aCancelledPausedOrDeletedTenantIsRefusedAtEveryLeadIntakeWhilePastDueKeepsAccepting() {
        UUID tenant = UUID.randomUUID();
        String secret = "whsec_state_" + tenant;
        String hubSpotSecret = "hs-state-" + tenant;
        Map<String, String> hubSpot = secret(UUID.randomUUID(), hubSpotSecret, null);
        hubSpot.put("kind", "hubspot_app");
        awaitProcessed(publishSecrets(tenant, 1, secret(UUID.randomUUID(), secret, null), hubSpot));
        String member = issuer.token(tenant, "member");
        postSigned(tenant, lead(), secret).expectStatus().isAccepted();

        awaitState(publishTenantChanged(tenant, 2, "cancelled", false));
        long receipts = count("SELECT count(*) FROM lead_receipt WHERE tenant_id = '" + tenant + "'");
        long outbox = count("SELECT count(*) FROM outbox_event");
        expectInactive(postSigned(tenant, lead(), secret), "cancelled");
        String hubSpotBody = hubSpotValues("any-form", "hs-" + UUID.randomUUID(), "hs." + UUID.randomUUID() + "@example.com");
        long millis = Instant.now().toEpochMilli();
        expectInactive(web.post().uri("/webhooks/hubspot/{tenantId}", tenant).contentType(MediaType.APPLICATION_JSON)
                .header("X-HubSpot-Signature-v3", HubSpotSignature.v3(hubSpotSecret, "POST", hubSpotUri(tenant), bytes(hubSpotBody),
                        String.valueOf(millis)))
                .header("X-HubSpot-Request-Timestamp", String.valueOf(millis)).bodyValue(bytes(hubSpotBody)).exchange(), "cancelled");
        expectInactive(web.post().uri("/api/v1/leads").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes(lead())).exchange(), "cancelled");
        expectInactive(web.post().uri("/api/v1/leads/import").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(bytes("Email\r\nimported." + UUID.randomUUID() + "@example.com\r\n")).exchange(), "cancelled");
        // A signature is still checked first: a stranger learns nothing about the tenant's billing.
        expectUnauthorized(postSigned(tenant, lead(), "whsec_not_theirs"), "invalid-signature");
        assertThat(count("SELECT count(*) FROM lead_receipt WHERE tenant_id = '" + tenant + "'")).isEqualTo(receipts);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);

        awaitState(publishTenantChanged(tenant, 3, "past_due", false));
        postSigned(tenant, lead(), secret).expectStatus().isAccepted();

        awaitState(publishTenantChanged(tenant, 4, "paused", false));
        expectInactive(postSigned(tenant, lead(), secret), "paused");
        awaitState(publishTenantChanged(tenant, 3, "active", false));
        expectInactive(postSigned(tenant, lead(), secret), "paused");

        awaitState(publishTenantChanged(tenant, 5, "active", false));
        postSigned(tenant, lead(), secret).expectStatus().isAccepted();
        awaitState(publishTenantChanged(tenant, 6, "active", true));
        expectInactive(postSigned(tenant, lead(), secret), "deleted");

        events.publishRaw("tenant.changed", tenant.toString(), null, Map.of());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM tenant_state WHERE tenant_id = '" + tenant + "'") == 0);
        postSigned(tenant, lead(), secret).expectStatus().isAccepted();
    }

    @Test
    void aTenantChangedRecordWithoutItsStateGoesToTheDeadLetterTopicAndChangesNothing() {
        UUID tenant = UUID.randomUUID();
        String secret = "whsec_poison_" + tenant;
        awaitProcessed(publishSecrets(tenant, 1, secret(UUID.randomUUID(), secret, null)));
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant,
                "{\"tenantId\":\"%s\",\"version\":9,\"deleted\":false}".formatted(tenant));
        var dead = events.await("tenant.changed.dlq", withKey(tenant.toString()));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("status");
        assertThat(count("SELECT count(*) FROM tenant_state WHERE tenant_id = '" + tenant + "'")).isZero();
        postSigned(tenant, lead(), secret).expectStatus().isAccepted();
    }

    @Test
    void aTenantOverItsIntakeRateGets429WithRetryAfterWhileUnsignedRequestsSpendNoneOfItsBudget() {
        String secret = "whsec_initech_0001";
        if (count("SELECT count(*) FROM tenant_secret_set WHERE tenant_id = '" + INITECH + "'") == 0) {
            awaitProcessed(publishSecrets(INITECH, 1, secret(UUID.randomUUID(), secret, null)));
        }
        for (int i = 0; i < 5; i++) {
            expectUnauthorized(postSigned(INITECH, lead(), "whsec_forged"), "invalid-signature");
        }
        postSigned(INITECH, lead(), secret).expectStatus().isAccepted();
        postSigned(INITECH, lead(), secret).expectStatus().isAccepted();
        long receipts = count("SELECT count(*) FROM lead_receipt WHERE tenant_id = '" + INITECH + "'");
        long outbox = count("SELECT count(*) FROM outbox_event");

        var throttled = postSigned(INITECH, lead(), secret).expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "intake-rate-limited").returnResult();
        long retryAfter = Long.parseLong(throttled.getResponseHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 100L);
        assertThat(count("SELECT count(*) FROM lead_receipt WHERE tenant_id = '" + INITECH + "'")).isEqualTo(receipts);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);

        givenAcmeAndGlobexHaveWebhookSecrets();
        postSigned(GLOBEX, lead(), GLOBEX_SECRET).expectStatus().isAccepted();
    }

    private String publishTenantChanged(UUID tenant, long version, String status, boolean deleted) {
        String payload = """
                {"tenantId":"%s","name":"State Test","status":"%s","tier":"velocity",
                 "quotas":{"leadPoolPerMonth":1000,"maxActiveCampaigns":5,"linkedinSeats":1},"leadPoolUsed":0,
                 "timeZone":"Australia/Melbourne","country":"AU","defaultPermissionMode":"co_pilot",
                 "icp":{"industries":[],"sizeMin":0,"sizeMax":500,"locations":[],"titles":[],"competitorDomains":[],
                        "vendorWebsite":null},
                 "dataSharingConsent":false,"deleted":%s,"version":%d}""".formatted(tenant, status, deleted, version);
        EventSchemas.assertValid("agencyos.tenant.changed.v1", payload);
        return events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant, payload);
    }

    void awaitState(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'tenant-state' AND event_id = '" + eventId + "'") == 1);
    }

    static void expectInactive(WebTestClient.ResponseSpec response, String state) {
        response.expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "tenant-inactive")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(state));
    }

    static String hubSpotValues(String formId, String submissionId, String email) {
        return "{\"formId\":\"%s\",\"submissionId\":\"%s\",\"values\":[{\"name\":\"email\",\"value\":\"%s\"}]}"
                .formatted(formId, submissionId, email);
    }

    WebTestClient.ResponseSpec postHubSpotV3(String body, long timestampMillis, String secret) {
        return postHubSpot(body, Map.of("X-HubSpot-Signature-v3", HubSpotSignature.v3(secret, "POST", hubSpotUri(ACME), bytes(body),
                String.valueOf(timestampMillis)), "X-HubSpot-Request-Timestamp", String.valueOf(timestampMillis)));
    }

    WebTestClient.ResponseSpec postHubSpot(String body, Map<String, String> headers) {
        return web.post().uri("/webhooks/hubspot/{tenantId}", ACME).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::set)).bodyValue(bytes(body)).exchange();
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
                             "createdAt":"2026-09-02T01:05:00.000Z","expiresAt":null},
                            {"secretId":"8f7e6d5c-4b3a-4291-8f0e-d1c2b3a49f03","kind":"postmark_basic","sealed":"%s",
                             "createdAt":"2026-09-02T01:05:00.000Z","expiresAt":null},
                            {"secretId":"8f7e6d5c-4b3a-4291-8f0e-d1c2b3a49f04","kind":"twilio_auth","sealed":"%s",
                             "createdAt":"2026-09-02T01:05:00.000Z","expiresAt":null}],
                 "allowedHubspotFormIds":["3f1c9a7e-5b2d-4e8f-9a6c-1d2e3f4a5b6c"]}"""
                .formatted(ACME, ACME_SECRET_ID, Sealing.DOCUMENTED_WHSEC, Sealing.DOCUMENTED_HUBSPOT,
                        Sealing.seal(Sealing.DOCUMENTED_KEY_HEX, ACME_POSTMARK), Sealing.seal(Sealing.DOCUMENTED_KEY_HEX, ACME_TWILIO));
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
        return touchSent(touchId, leadId, campaign, messageId, "jo.bloggs@acme.com.au");
    }

    static String touchSent(UUID touchId, UUID leadId, UUID campaign, String messageId, String to) {
        String payload = """
                {"touchId":"%s","leadId":"%s","tenantId":"%s","campaignId":"%s","enrollmentId":"%s","step":1,
                 "variant":"a","channel":"email","mode":"sent","resourceId":"%s","messageId":"%s","inReplyTo":null,
                 "to":"%s","subject":"Jo, same-day quotes","contentSnapshot":"Hi Jo",
                 "sentAt":"2026-11-24T22:00:03.412Z","costMicros":0}"""
                .formatted(touchId, leadId, ACME, campaign, UUID.randomUUID(), UUID.randomUUID(), messageId, to);
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
