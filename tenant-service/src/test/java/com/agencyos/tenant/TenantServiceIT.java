package com.agencyos.tenant;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import com.agencyos.tenant.secret.domain.SecretSealer;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@AgencyIntegrationTest
@TestPropertySource(properties = "agencyos.secrets.key=" + TenantServiceIT.SECRETS_KEY)
class TenantServiceIT {

    /** The documentation key of docs/events/README.md, standing in for AGENCYOS_SECRETS_KEY. */
    static final String SECRETS_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String PROBLEM_BASE = "https://agencyos.dev/problems/";

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    @BeforeEach
    void allowForASharedBuildMachine() {
        // CI shares two cores between several builds; the default 5 s response timeout fails healthy requests.
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aPlatformAdministratorCreatesATenantWhoseFullStateIsPublishedOnTenantChanged() {
        UUID id = UUID.randomUUID();

        web.post().uri("/api/v1/tenants").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id.toString(), "name", "Acme Agency", "tier", "velocity",
                        "icp", Map.of("industries", List.of("Construction"), "competitorDomains", List.of("growthlabs.com.au"))))
                .exchange().expectStatus().isCreated()
                .expectHeader().location("/api/v1/tenants/" + id)
                .expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.status").isEqualTo("trialing")
                .jsonPath("$.timeZone").isEqualTo("Australia/Sydney")
                .jsonPath("$.country").isEqualTo("AU")
                .jsonPath("$.quotas.leadPoolPerMonth").isEqualTo(2250)
                .jsonPath("$.version").isEqualTo(1);

        var changed = events.await("tenant.changed", withKey(id.toString()));
        assertThat(header(changed, "ce_type")).isEqualTo("agencyos.tenant.changed.v1");
        assertThat(header(changed, "ce_tenantid")).isEqualTo(id.toString());
        assertThat(header(changed, "ce_subject")).isEqualTo(id.toString());
        assertThat(header(changed, "ce_source")).isEqualTo("/agencyos/tenant-service");
        assertThat(header(changed, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(changed, "traceparent")).startsWith("00-");
        EventSchemas.assertValid(changed);
        JsonNode state = EventJson.tree(changed.value());
        assertThat(state.get("tenantId").asString()).isEqualTo(id.toString());
        assertThat(state.get("name").asString()).isEqualTo("Acme Agency");
        assertThat(state.get("status").asString()).isEqualTo("trialing");
        assertThat(state.get("tier").asString()).isEqualTo("velocity");
        assertThat(state.get("quotas").get("leadPoolPerMonth").asInt()).isEqualTo(2250);
        assertThat(state.get("quotas").get("maxActiveCampaigns").asInt()).isEqualTo(10);
        assertThat(state.get("quotas").get("linkedinSeats").asInt()).isEqualTo(3);
        assertThat(state.get("leadPoolUsed").asLong()).isZero();
        assertThat(state.get("icp").get("industries").get(0).asString()).isEqualTo("Construction");
        assertThat(state.get("icp").has("vendorWebsite")).isTrue();
        assertThat(state.get("version").asLong()).isEqualTo(1);

        web.post().uri("/api/v1/tenants").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id.toString(), "name", "Acme again", "tier", "ignition"))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "tenant-exists");
        assertThat(events.recordsWithKey("tenant.changed", id.toString())).hasSize(1);
    }

    @Test
    void onlyAPlatformAdministratorMayCreateATenant() {
        Map<String, String> body = Map.of("name", "Sneaky", "tier", "dominance");

        web.post().uri("/api/v1/tenants").headers(h -> h.setBearerAuth(issuer.token(UUID.randomUUID(), "owner", "admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "forbidden");
        web.post().uri("/api/v1/tenants").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void invalidTenantFieldsAreReportedOneByOne() {
        web.post().uri("/api/v1/tenants").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "not-a-uuid", "name", "", "tier", "platinum", "timeZone", "Mars/Olympus",
                        "country", "Australia", "icp", Map.of("sizeMin", 50, "sizeMax", 10)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_BASE + "invalid-request")
                .jsonPath("$.errors.id").exists()
                .jsonPath("$.errors.name").exists()
                .jsonPath("$.errors.tier").exists()
                .jsonPath("$.errors.timeZone").exists()
                .jsonPath("$.errors.country").exists()
                .jsonPath("$['errors']['icp.sizeMax']").exists();
        web.post().uri("/api/v1/tenants").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anOwnerChangesTheirTenantAndAViewerMayOnlyReadIt() {
        UUID id = createTenant("ignition");
        events.await("tenant.changed", version(id, 1));

        web.patch().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "owner")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Acme Group", "timeZone", "Australia/Melbourne", "defaultPermissionMode", "manual",
                        "icp", Map.of("vendorWebsite", "https://acmeagency.com.au")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Acme Group").jsonPath("$.version").isEqualTo(2);

        var changed = events.await("tenant.changed", version(id, 2));
        EventSchemas.assertValid(changed);
        JsonNode state = EventJson.tree(changed.value());
        assertThat(state.get("timeZone").asString()).isEqualTo("Australia/Melbourne");
        assertThat(state.get("defaultPermissionMode").asString()).isEqualTo("manual");
        assertThat(state.get("icp").get("vendorWebsite").asString()).isEqualTo("https://acmeagency.com.au");

        web.patch().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "viewer")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Viewer was here"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "forbidden");
        web.patch().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("defaultPermissionMode", "yolo"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.defaultPermissionMode").exists();
        web.get().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Acme Group").jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void anotherTenantIsNotFoundAndRequestsWithoutATokenAreUnauthorized() {
        UUID acme = createTenant("velocity");
        UUID globex = createTenant("ignition");

        web.get().uri("/api/v1/tenants/{id}", acme).headers(h -> h.setBearerAuth(issuer.token(globex, "owner")))
                .header("X-Tenant-Id", acme.toString())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "not-found");
        web.get().uri("/api/v1/tenants/{id}", acme).headers(h -> h.setBearerAuth(issuer.token(acme, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(acme.toString());
        web.get().uri("/api/v1/tenants/{id}", acme).headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.tier").isEqualTo("velocity");
        web.get().uri("/api/v1/tenants/{id}", acme).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/tenants/me").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/tenants/{id}", "not-a-uuid").headers(h -> h.setBearerAuth(issuer.token(acme, "owner")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(UUID.randomUUID(), "owner")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aWebhookSecretIsShownOnceAndTravelsOnlySealed() {
        UUID id = createTenant("velocity");
        String owner = issuer.token(id, "owner");

        var issued = web.post().uri("/api/v1/tenants/me/webhook-secrets").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isCreated()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String secretId = issued.get("secretId").asString();
        String secret = issued.get("secret").asString();
        assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(issued.get("createdAt").asString()).endsWith("Z");

        web.get().uri("/api/v1/tenants/me/webhook-secrets").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].secretId").isEqualTo(secretId)
                .jsonPath("$[0].createdAt").isEqualTo(issued.get("createdAt").asString())
                .jsonPath("$[0].secret").doesNotExist()
                .consumeWith(result -> assertThat(new String(result.getResponseBody())).doesNotContain(secret));

        var published = events.await("tenant.secrets", version(id, 1));
        assertThat(header(published, "ce_type")).isEqualTo("agencyos.tenant.secrets-changed.v1");
        assertThat(header(published, "ce_tenantid")).isEqualTo(id.toString());
        EventSchemas.assertValid(published);
        assertThat(published.value()).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
        JsonNode sealed = EventJson.tree(published.value()).get("secrets").get(0);
        assertThat(sealed.get("secretId").asString()).isEqualTo(secretId);
        assertThat(sealed.get("kind").asString()).isEqualTo("agencyos_webhook");
        assertThat(SecretSealer.fromBase64Key(SECRETS_KEY).open(sealed.get("sealed").asString())).isEqualTo(secret);

        String atRest = db.sql("SELECT sealed FROM webhook_secret WHERE id = :id").bind("id", UUID.fromString(secretId))
                .map(row -> row.get("sealed", String.class)).one().block(Duration.ofSeconds(5));
        assertThat(atRest).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
        assertThat(atRest).isNotEqualTo(sealed.get("sealed").asString());

        UUID globex = createTenant("ignition");
        web.delete().uri("/api/v1/tenants/me/webhook-secrets/{id}", secretId)
                .headers(h -> h.setBearerAuth(issuer.token(globex, "owner")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/v1/tenants/me/webhook-secrets").headers(h -> h.setBearerAuth(issuer.token(id, "viewer")))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        web.delete().uri("/api/v1/tenants/me/webhook-secrets/{id}", secretId).headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isNoContent();
        var afterRevoke = events.await("tenant.secrets", version(id, 2));
        EventSchemas.assertValid(afterRevoke);
        assertThat(EventJson.tree(afterRevoke.value()).get("secrets").size()).isZero();
        web.get().uri("/api/v1/tenants/me/webhook-secrets").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        web.delete().uri("/api/v1/tenants/me/webhook-secrets/{id}", secretId).headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aFirstScoredLeadCountsIntoTheLeadPoolAndTheNewUsageIsPublished() {
        UUID id = createTenant("ignition");
        events.await("tenant.changed", version(id, 1));
        UUID lead = UUID.randomUUID();
        UUID rescored = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        // One key, so one partition: the marker is processed after everything before it.
        String key = lead.toString();
        events.publish("lead.scored", "agencyos.lead.scored.v1", key, id, leadScored(lead, id, true));
        events.publish("lead.scored", "agencyos.lead.scored.v1", key, id, leadScored(lead, id, false));
        events.publish("lead.scored", "agencyos.lead.scored.v1", key, id, leadScored(rescored, id, false));
        events.publish("lead.scored", "agencyos.lead.scored.v1", key, id, leadScored(marker, id, true));

        var changed = events.await("tenant.changed", version(id, 2));
        EventSchemas.assertValid(changed);
        assertThat(header(changed, "ce_tenantid")).isEqualTo(id.toString());
        assertThat(EventJson.tree(changed.value()).get("leadPoolUsed").asLong()).isEqualTo(1);
        Awaitility.await("the marker lead counted").atMost(Duration.ofSeconds(30))
                .until(() -> db.sql("SELECT count(*) AS n FROM lead_pool_entry WHERE lead_id = :lead").bind("lead", marker)
                        .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5)) == 1);
        web.get().uri("/api/v1/tenants/me/usage").headers(h -> h.setBearerAuth(issuer.token(id, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.month").isEqualTo(YearMonth.now(ZoneId.of("Australia/Sydney")).toString())
                .jsonPath("$.leadPoolUsed").isEqualTo(2)
                .jsonPath("$.leadPoolLimit").isEqualTo(1250)
                .jsonPath("$.creditsUsedMicros").isEqualTo(0);
        // The second lead of a 1,250-lead pool is no step worth telling: the count is in the usage, not republished.
        Long published = db.sql("SELECT count(*) AS n FROM outbox_event WHERE topic = 'tenant.changed' AND event_key = :key")
                .bind("key", id.toString()).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
        assertThat(published).as("tenant.changed for creation and the month's first lead only").isEqualTo(2);
        web.get().uri("/api/v1/tenants/me/usage").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void enrichmentCostsAreDebitedOnceEvenWhenTheEventIsRedelivered() {
        UUID id = createTenant("velocity");
        UUID lead = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        events.publishWithId(eventId, "lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), id,
                leadEnriched(lead, id, 45_000));
        awaitUsage(id, usage -> usage.get("creditsUsedMicros").asLong() == 45_000);
        events.publishWithId(eventId, "lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), id,
                leadEnriched(lead, id, 45_000));
        UUID marker = UUID.randomUUID();
        // Keyed like the redelivery, so it is processed after it.
        events.publish("lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), id, leadEnriched(marker, id, 5_000));

        awaitUsage(id, usage -> usage.get("creditsUsedMicros").asLong() >= 50_000);
        JsonNode usage = usage(id);
        assertThat(usage.get("creditsUsedMicros").asLong()).isEqualTo(50_000);
        Long entries = db.sql("SELECT count(*) AS n FROM credit_ledger_entry WHERE tenant_id = :id").bind("id", id)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
        assertThat(entries).isEqualTo(2);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextGoodMessageIsStillProcessed() {
        UUID id = createTenant("dominance");
        events.await("tenant.changed", version(id, 1));
        UUID good = UUID.randomUUID();
        // The poison shares the good event's key, so it sits before it in the same partition.
        String poisonKey = good.toString();
        events.publishRaw("lead.scored", poisonKey, "{not json", Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", "agencyos.lead.scored.v1",
                "ce_specversion", "1.0", "ce_tenantid", id.toString()));
        String noEnvelopeKey = "no-envelope-" + UUID.randomUUID();
        events.publishRaw("lead.enriched", noEnvelopeKey, "{}", Map.of());
        events.publish("lead.scored", "agencyos.lead.scored.v1", good.toString(), id, leadScored(good, id, true));

        var dead = events.await("lead.scored.dlq", withKey(poisonKey));
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a valid");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("lead.scored");
        events.await("lead.enriched.dlq", withKey(noEnvelopeKey));
        assertThat(EventJson.tree(events.await("tenant.changed", version(id, 2)).value()).get("leadPoolUsed").asLong())
                .isEqualTo(1);
    }

    @Test
    void aTenantSuppressesAnAddressOnceAndItsDomainCoversTheWholeCompany() {
        UUID tenant = UUID.randomUUID();
        String member = issuer.token(tenant, "member");

        String id = web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "email", "value", " Jo.Bloggs@Acme.com ",
                        "reason", "unsubscribed by phone"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "email", "value", "jo.bloggs@acme.com"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.reason").isEqualTo("unsubscribed by phone");
        web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "email", "value", "sam@acme.com"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "domain", "value", "HTTPS://WWW.Rival.com.au/about"))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.value").isEqualTo("rival.com.au").jsonPath("$.source").isEqualTo("manual")
                .jsonPath("$.scope").isEqualTo("tenant").jsonPath("$.createdBy").exists();

        var added = events.await("suppression.changed", r -> tenant.toString().equals(r.key())
                && EventJson.tree(r.value()).get("value").asString().equals("jo.bloggs@acme.com"));
        EventSchemas.assertValid(added);
        assertThat(header(added, "ce_type")).isEqualTo("agencyos.suppression.changed.v1");
        assertThat(header(added, "ce_tenantid")).isEqualTo(tenant.toString());
        JsonNode payload = EventJson.tree(added.value());
        assertThat(payload.get("tenantId").asString()).isEqualTo(tenant.toString());
        assertThat(payload.get("action").asString()).isEqualTo("added");
        assertThat(payload.get("kind").asString()).isEqualTo("email");
        assertThat(payload.get("reason").asString()).isEqualTo("unsubscribed by phone");
        assertThat(payload.get("source").asString()).isEqualTo("manual");
        events.await("suppression.changed", r -> tenant.toString().equals(r.key())
                && EventJson.tree(r.value()).get("value").asString().equals("rival.com.au"));
        // The second POST of the same address changed nothing, so it published nothing.
        assertThat(events.recordsWithKey("suppression.changed", tenant.toString())).hasSize(2)
                .allSatisfy(EventSchemas::assertValid);

        web.get().uri("/api/v1/suppressions/check?email={e}", "Sam@Mail.Rival.com.au")
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.suppressed").isEqualTo(true)
                .jsonPath("$.matches.length()").isEqualTo(1)
                .jsonPath("$.matches[0].value").isEqualTo("rival.com.au");
        web.get().uri("/api/v1/suppressions/check?email=jo.bloggs@acme.com").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.suppressed").isEqualTo(true).jsonPath("$.matches[0].id").isEqualTo(id);
        web.get().uri("/api/v1/suppressions/check?email=jo.bloggs@acme.com")
                .headers(h -> h.setBearerAuth(issuer.token(UUID.randomUUID(), "owner")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.suppressed").isEqualTo(false);

        web.get().uri("/api/v1/suppressions?limit=1").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].value").isEqualTo("rival.com.au")
                .jsonPath("$.nextCursor").value(cursor -> web.get()
                        .uri("/api/v1/suppressions?limit=1&cursor={c}", cursor).headers(h -> h.setBearerAuth(member))
                        .exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.items[0].id").isEqualTo(id).jsonPath("$.nextCursor").doesNotExist());
        web.get().uri("/api/v1/suppressions?kind=email&q=BLOGGS").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id);

        web.delete().uri("/api/v1/suppressions/{id}", id).headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isForbidden();
        web.delete().uri("/api/v1/suppressions/{id}", id).headers(h -> h.setBearerAuth(issuer.token(UUID.randomUUID(), "owner")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.delete().uri("/api/v1/suppressions/{id}", id).headers(h -> h.setBearerAuth(issuer.token(tenant, "admin")))
                .exchange().expectStatus().isNoContent();
        web.delete().uri("/api/v1/suppressions/{id}", id).headers(h -> h.setBearerAuth(issuer.token(tenant, "admin")))
                .exchange().expectStatus().isNotFound();

        var removed = events.await("suppression.changed", r -> tenant.toString().equals(r.key())
                && EventJson.tree(r.value()).get("action").asString().equals("removed"));
        EventSchemas.assertValid(removed);
        assertThat(EventJson.tree(removed.value()).get("value").asString()).isEqualTo("jo.bloggs@acme.com");
        web.get().uri("/api/v1/suppressions/check?email=jo.bloggs@acme.com").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.suppressed").isEqualTo(false);
    }

    @Test
    void badSuppressionsAreRefusedWithAProblemAndWriteNothing() {
        UUID tenant = UUID.randomUUID();
        String owner = issuer.token(tenant, "owner");

        // 400 invalid-request naming the field: unknown kind, invalid email, invalid domain, empty value, bad phone.
        List<Map<String, String>> bad = List.of(Map.of("kind", "fax", "value", "jo@acme.com"),
                Map.of("kind", "email", "value", "jo@"), Map.of("kind", "domain", "value", "not a domain"),
                Map.of("kind", "email", "value", " "), Map.of("kind", "phone", "value", "0412 345 678"));
        for (Map<String, String> body : bad) {
            web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(owner))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "invalid-request")
                    .jsonPath("$.errors." + ("fax".equals(body.get("kind")) ? "kind" : "value")).exists();
        }
        // 415 for a body that is not JSON, 400 for a query that cannot be read, 401 without a token.
        web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("jo@acme.com")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/suppressions/check?email=not-an-email").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.email").exists();
        web.get().uri("/api/v1/suppressions?kind=fax").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.kind").exists();
        web.get().uri("/api/v1/suppressions?cursor=nonsense").headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.cursor").exists();
        web.get().uri("/api/v1/suppressions").exchange().expectStatus().isUnauthorized();

        assertThat(suppressionRows(tenant)).isZero();
        assertThat(events.recordsWithKey("suppression.changed", tenant.toString())).isEmpty();
    }

    @Test
    void thePlatformWideListAppliesToEveryTenantAndOnlyPlatformAdministratorsChangeIt() {
        UUID tenant = UUID.randomUUID();
        String domain = "spamtrap-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        Map<String, String> entry = Map.of("kind", "domain", "value", "www." + domain, "reason", "legal_request");

        web.post().uri("/api/v1/suppressions/global").headers(h -> h.setBearerAuth(issuer.token(tenant, "owner", "admin", "member")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String id = web.post().uri("/api/v1/suppressions/global").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        var added = events.await("suppression.changed", r -> "platform".equals(r.key())
                && EventJson.tree(r.value()).get("value").asString().equals(domain));
        EventSchemas.assertValid(added);
        assertThat(header(added, "ce_tenantid")).isNull();
        JsonNode payload = EventJson.tree(added.value());
        assertThat(payload.path("tenantId").isMissingNode() || payload.get("tenantId").isNull()).isTrue();
        assertThat(payload.get("action").asString()).isEqualTo("added");
        assertThat(payload.get("reason").asString()).isEqualTo("legal_request");

        web.get().uri("/api/v1/suppressions/global?kind=domain&q={q}", domain)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].scope").isEqualTo("platform");
        web.get().uri("/api/v1/suppressions/check?email=jo@{d}", domain).headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.suppressed").isEqualTo(true).jsonPath("$.matches[0].id").isEqualTo(id);
        web.get().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);

        web.delete().uri("/api/v1/suppressions/global/{id}", id).headers(h -> h.setBearerAuth(issuer.token(tenant, "owner")))
                .exchange().expectStatus().isForbidden();
        web.delete().uri("/api/v1/suppressions/{id}", id).headers(h -> h.setBearerAuth(issuer.token(tenant, "owner")))
                .exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/suppressions/global/{id}", id).headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isNoContent();

        var removed = events.await("suppression.changed", r -> "platform".equals(r.key())
                && EventJson.tree(r.value()).get("value").asString().equals(domain)
                && EventJson.tree(r.value()).get("action").asString().equals("removed"));
        EventSchemas.assertValid(removed);
        web.get().uri("/api/v1/suppressions/check?email=jo@{d}", domain).headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.suppressed").isEqualTo(false);
    }

    @Test
    void anImportAddsTheGoodRowsCountsDuplicatesAndRejectsBadRowsOneByOne() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        web.post().uri("/api/v1/suppressions").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "email", "value", "already@acme.com"))
                .exchange().expectStatus().isCreated();
        String csv = """
                kind,value,reason
                email,Jo@Acme.com,unsubscribed
                domain,www.rival.com.au,"competitor, never contact"
                email,jo@acme.com,again in the file
                email,not-an-email,typo
                fax,+61299998888,old list
                email,already@acme.com,
                phone,+61412345678,
                """;

        web.post().uri("/api/v1/suppressions/import").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(3)
                .jsonPath("$.duplicates").isEqualTo(2)
                .jsonPath("$.rejected.length()").isEqualTo(2)
                .jsonPath("$.rejected[0].row").isEqualTo(5)
                .jsonPath("$.rejected[1].row").isEqualTo(6)
                .jsonPath("$.rejected[1].reason").value(reason -> assertThat((String) reason).startsWith("kind"));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> events.recordsWithKey("suppression.changed", tenant.toString()).size() == 4);
        assertThat(events.recordsWithKey("suppression.changed", tenant.toString()))
                .allSatisfy(EventSchemas::assertValid)
                .extracting(r -> EventJson.tree(r.value()).get("value").asString())
                .containsExactlyInAnyOrder("already@acme.com", "jo@acme.com", "rival.com.au", "+61412345678");
        web.get().uri("/api/v1/suppressions?kind=domain").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].source").isEqualTo("import")
                .jsonPath("$.items[0].reason").isEqualTo("competitor, never contact");
        assertThat(suppressionRows(tenant)).isEqualTo(4);

        // Refused as a whole, writing nothing: a malformed line (400), too many rows (413), not CSV (415), a member (403).
        web.post().uri("/api/v1/suppressions/import").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("kind,value,reason\nemail,new@acme.com,ok\nemail,\"broken@acme.com,unterminated\n")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "malformed-csv");
        web.post().uri("/api/v1/suppressions/import").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("email\n" + "new@acme.com\n".repeat(10_001))
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "too-many-rows");
        web.post().uri("/api/v1/suppressions/import").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\":\"new@acme.com\"}")
                .exchange().expectStatus().isEqualTo(415);
        web.post().uri("/api/v1/suppressions/import").headers(h -> h.setBearerAuth(issuer.token(tenant, "member")))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("new@acme.com\n")
                .exchange().expectStatus().isForbidden();
        assertThat(suppressionRows(tenant)).isEqualTo(4);
        assertThat(events.recordsWithKey("suppression.changed", tenant.toString())).hasSize(4);
    }

    @Test
    void ownersAndAdminsManageMembersAndTheTenantAlwaysKeepsAnOwner() {
        UUID id = createTenant("velocity");
        String ownerId = UUID.randomUUID().toString();
        String owner = personToken(id, ownerId, "olivia@acme.test", "owner");

        web.get().uri("/api/v1/members").headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].userId").isEqualTo(ownerId)
                .jsonPath("$[0].email").isEqualTo("olivia@acme.test")
                .jsonPath("$[0].role").isEqualTo("owner");

        var invited = web.post().uri("/api/v1/members").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "Jo@Acme.test", "role", "member", "firstName", "Jo", "lastName", "Bloggs",
                        "tenantId", UUID.randomUUID().toString()))
                .exchange().expectStatus().isCreated()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String jo = invited.get("userId").asString();
        assertThat(invited.get("email").asString()).isEqualTo("jo@acme.test");
        assertThat(invited.get("role").asString()).isEqualTo("member");
        assertThat(invited.get("initialPassword").asString()).hasSize(24);
        assertThat(db.sql("SELECT tenant_id FROM member WHERE user_id = :u").bind("u", jo).map(row -> row.get("tenant_id", UUID.class))
                .one().block(Duration.ofSeconds(5))).as("the token's tenant, not the body's").isEqualTo(id);

        // Inviting again with the same role changes nothing and shows no password; another role is a conflict.
        web.post().uri("/api/v1/members").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "jo@acme.test", "role", "member", "firstName", "Jo", "lastName", "Bloggs"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.userId").isEqualTo(jo).jsonPath("$.initialPassword").doesNotExist();
        web.post().uri("/api/v1/members").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "jo@acme.test", "role", "admin", "firstName", "Jo", "lastName", "Bloggs"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "member-exists");

        // Bad fields: 400 with each field named, and nobody is added.
        web.post().uri("/api/v1/members").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "nope", "role", "platform_admin", "firstName", "", "lastName", "{x}"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "invalid-request")
                .jsonPath("$.errors.email").exists().jsonPath("$.errors.role").exists()
                .jsonPath("$.errors.firstName").exists().jsonPath("$.errors.lastName").exists();
        assertThat(memberRows(id)).isEqualTo(2);

        // Members and viewers manage nobody; admins cannot make owners.
        for (String role : List.of("member", "viewer")) {
            String token = personToken(id, UUID.randomUUID().toString(), role + "@acme.test", role);
            web.post().uri("/api/v1/members").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("email", "x@acme.test", "role", "viewer", "firstName", "X", "lastName", "Y"))
                    .exchange().expectStatus().isForbidden();
            web.patch().uri("/api/v1/members/{id}", jo).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("role", "admin")).exchange().expectStatus().isForbidden();
            web.delete().uri("/api/v1/members/{id}", jo).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
        }
        String admin = personToken(id, UUID.randomUUID().toString(), "ada@acme.test", "admin");
        web.post().uri("/api/v1/members").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "boss@acme.test", "role", "owner", "firstName", "B", "lastName", "Oss"))
                .exchange().expectStatus().isForbidden();

        // The last owner can neither leave nor step down; another tenant's owner does not find the member.
        web.delete().uri("/api/v1/members/{id}", ownerId).headers(h -> h.setBearerAuth(owner)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "last-owner");
        web.patch().uri("/api/v1/members/{id}", ownerId).headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "admin")).exchange().expectStatus().isEqualTo(409);
        String stranger = issuer.token(createTenant("ignition"), "owner");
        web.patch().uri("/api/v1/members/{id}", jo).headers(h -> h.setBearerAuth(stranger)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "viewer")).exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/members/{id}", jo).headers(h -> h.setBearerAuth(stranger)).exchange().expectStatus().isNotFound();

        // Jo becomes an owner; an admin still cannot remove an owner, but the first owner may now leave.
        web.patch().uri("/api/v1/members/{id}", jo).headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "owner")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("owner");
        web.delete().uri("/api/v1/members/{id}", ownerId).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isForbidden();
        web.delete().uri("/api/v1/members/{id}", ownerId).headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isNoContent();
        web.get().uri("/api/v1/members").headers(h -> h.setBearerAuth(issuer.token(id, "viewer"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.userId == '%s')].role".formatted(jo)).isEqualTo("owner")
                .jsonPath("$[?(@.userId == '%s')]".formatted(ownerId)).doesNotExist();
        web.delete().uri("/api/v1/members/{id}", jo).headers(h -> h.setBearerAuth(personToken(id, jo, "jo@acme.test", "owner")))
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void providerCredentialsAreSealedNeverShownAgainAndPublishedWithTheHubspotFormFilter() {
        UUID id = createTenant("dominance");
        String owner = issuer.token(id, "owner");
        String hubspot = "hs-test-secret-0001";
        String postmark = "pm-inbound:Pa55-word";
        String twilio = "0123456789abcdef0123456789abcdef";

        var stored = web.post().uri("/api/v1/tenants/me/provider-secrets").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "hubspot_app", "value", hubspot))
                .exchange().expectStatus().isCreated()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stored.get("kind").asString()).isEqualTo("hubspot_app");
        assertThat(stored.toString()).doesNotContain(hubspot);
        String hubspotId = stored.get("secretId").asString();
        var first = events.await("tenant.secrets", version(id, 1));
        EventSchemas.assertValid(first);
        assertThat(first.value()).doesNotContain(hubspot);
        SecretSealer transport = SecretSealer.fromBase64Key(SECRETS_KEY);
        assertThat(transport.open(EventJson.tree(first.value()).get("secrets").get(0).get("sealed").asString())).isEqualTo(hubspot);

        for (Map<String, String> body : List.of(Map.of("kind", "postmark_basic", "value", postmark),
                Map.of("kind", "twilio_auth", "value", twilio))) {
            web.post().uri("/api/v1/tenants/me/provider-secrets").headers(h -> h.setBearerAuth(owner))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated();
        }
        web.put().uri("/api/v1/tenants/me/hubspot-forms").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("formIds", List.of("f-001", " f-002", "f-001"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.formIds.length()").isEqualTo(2);
        var withForms = events.await("tenant.secrets", version(id, 4));
        EventSchemas.assertValid(withForms);
        JsonNode set = EventJson.tree(withForms.value());
        assertThat(set.get("allowedHubspotFormIds").toString()).isEqualTo("[\"f-001\",\"f-002\"]");
        assertThat(set.get("secrets").size()).isEqualTo(3);
        assertThat(set.get("secrets").findValuesAsString("kind")).containsExactly("hubspot_app", "postmark_basic", "twilio_auth");
        assertThat(set.get("secrets").findValuesAsString("sealed").stream().map(transport::open).toList())
                .containsExactly(hubspot, postmark, twilio);
        assertThat(withForms.value()).doesNotContain(hubspot).doesNotContain(postmark).doesNotContain(twilio);
        List<String> atRest = db.sql("SELECT sealed FROM webhook_secret WHERE tenant_id = :t").bind("t", id)
                .map(row -> row.get("sealed", String.class)).all().collectList().block(Duration.ofSeconds(5));
        assertThat(String.join(",", atRest)).doesNotContain(hubspot).doesNotContain(postmark).doesNotContain(twilio);

        web.get().uri("/api/v1/tenants/me/provider-secrets").headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(3).jsonPath("$[0].value").doesNotExist()
                .consumeWith(r -> assertThat(new String(r.getResponseBody())).doesNotContain(hubspot).doesNotContain(twilio));
        web.get().uri("/api/v1/tenants/me/webhook-secrets").headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        web.get().uri("/api/v1/tenants/me/hubspot-forms").headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.formIds[1]").isEqualTo("f-002");

        // Bad values (400 naming the field), members (403): nothing is stored.
        web.post().uri("/api/v1/tenants/me/provider-secrets").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "twilio_auth", "value", "not-a-token"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.value").exists()
                .consumeWith(r -> assertThat(new String(r.getResponseBody())).doesNotContain("not-a-token"));
        web.post().uri("/api/v1/tenants/me/provider-secrets").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "agencyos_webhook", "value", "whsec_mine0001"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.kind").exists();
        web.put().uri("/api/v1/tenants/me/hubspot-forms").headers(h -> h.setBearerAuth(owner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("formIds", List.of("ok", "not ok"))).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$['errors']['formIds[1]']").exists();
        String member = issuer.token(id, "member");
        web.post().uri("/api/v1/tenants/me/provider-secrets").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "hubspot_app", "value", hubspot))
                .exchange().expectStatus().isForbidden();
        web.put().uri("/api/v1/tenants/me/hubspot-forms").headers(h -> h.setBearerAuth(member)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("formIds", List.of())).exchange().expectStatus().isForbidden();
        assertThat(db.sql("SELECT count(*) AS n FROM webhook_secret WHERE tenant_id = :t").bind("t", id)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5))).isEqualTo(3);

        // A provider secret is revoked only through its own path, and only by its tenant.
        web.delete().uri("/api/v1/tenants/me/webhook-secrets/{id}", hubspotId).headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/tenants/me/provider-secrets/{id}", hubspotId)
                .headers(h -> h.setBearerAuth(issuer.token(createTenant("ignition"), "owner"))).exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/tenants/me/provider-secrets/{id}", hubspotId).headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isNoContent();
        var afterRevoke = events.await("tenant.secrets", version(id, 5));
        assertThat(EventJson.tree(afterRevoke.value()).get("secrets").findValuesAsString("kind"))
                .containsExactly("postmark_basic", "twilio_auth");
    }

    @Test
    void hardBouncesComplaintsAndUnsubscribesSuppressTheirAddressesOnceAndSoftBouncesNothing() {
        UUID id = createTenant("ignition");
        String key = id.toString();
        String bounceId = UUID.randomUUID().toString();
        String bounce = delivery(id, "\"email\":\"Bounced@Acme.com.au\",\"kind\":\"hard\"");
        events.publishWithId(bounceId, "delivery.events", "agencyos.delivery.bounced.v1", key, id, bounce);
        events.publish("delivery.events", "agencyos.delivery.bounced.v1", key, id,
                delivery(id, "\"email\":\"soft@acme.com.au\",\"kind\":\"soft\""));
        events.publish("delivery.events", "agencyos.delivery.complained.v1", key, id,
                delivery(id, "\"email\":\"angry@acme.com.au\",\"phone\":\"not a phone\""));
        events.publish("delivery.events", "agencyos.contact.unsubscribed.v1", key, id,
                delivery(id, "\"phone\":\"+61412345678\""));
        events.publish("delivery.events", "agencyos.contact.unsubscribed.v1", key, id, delivery(id, "\"email\":null"));
        events.publishWithId(bounceId, "delivery.events", "agencyos.delivery.bounced.v1", key, id, bounce);
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.com.au";
        // Keyed like everything before it, so it is processed last.
        events.publish("delivery.events", "agencyos.contact.unsubscribed.v1", key, id, delivery(id, "\"email\":\"" + marker + "\""));

        events.await("suppression.changed", r -> r.key().equals(key) && r.value().contains(marker));
        List<ConsumerRecord<String, String>> changes = events.recordsWithKey("suppression.changed", key);
        changes.forEach(EventSchemas::assertValid);
        assertThat(changes.stream().map(r -> EventJson.tree(r.value()))
                .map(e -> e.get("source").asString() + " " + e.get("kind").asString() + " " + e.get("value").asString()))
                .containsExactly("bounce email bounced@acme.com.au", "complaint email angry@acme.com.au",
                        "unsubscribe phone +61412345678", "unsubscribe email " + marker);
        assertThat(suppressionRows(id)).isEqualTo(4);
        web.get().uri("/api/v1/suppressions/check?email=bounced@acme.com.au").headers(h -> h.setBearerAuth(issuer.token(id, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.suppressed").isEqualTo(true)
                .jsonPath("$.matches[0].source").isEqualTo("bounce");
    }

    static String delivery(UUID tenantId, String fields) {
        return """
                {"tenantId":"%s","leadId":null,%s,"occurredAt":"%s","source":"postmark"}""".formatted(tenantId, fields, Instant.now());
    }

    String personToken(UUID tenantId, String userId, String email, String role) {
        return issuer.sign(issuer.claims(tenantId, role).subject(userId).claim("email", email).build());
    }

    long memberRows(UUID tenantId) {
        return db.sql("SELECT count(*) AS n FROM member WHERE tenant_id = :t").bind("t", tenantId)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    long suppressionRows(UUID tenantId) {
        return db.sql("SELECT count(*) AS n FROM suppression WHERE tenant_id = :t").bind("t", tenantId)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    @Test
    void billingChangesTierAndStatusWithinTheAllowedMovesAndASoftDeleteHidesTheTenant() {
        UUID id = createTenant("ignition");
        String admin = issuer.platformAdminToken();
        web.get().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "viewer")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.prices.foundingMonthlyAud").isEqualTo(1500).jsonPath("$.prices.regularMonthlyAud").isEqualTo(2500)
                .jsonPath("$.deleted").isEqualTo(false);
        // 403: owners do not set their own tier or status, nor delete their tenant
        web.patch().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(issuer.token(id, "owner")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tier", "dominance"))
                .exchange().expectStatus().isForbidden();
        web.delete().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(issuer.token(id, "owner")))
                .exchange().expectStatus().isForbidden();

        web.patch().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tier", "dominance", "status", "active"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.tier").isEqualTo("dominance").jsonPath("$.status").isEqualTo("active")
                .jsonPath("$.quotas.leadPoolPerMonth").isEqualTo(4500).jsonPath("$.version").isEqualTo(2);
        var changed = events.await("tenant.changed", version(id, 2));
        EventSchemas.assertValid(changed);
        assertThat(EventJson.tree(changed.value()).get("tier").asString()).isEqualTo("dominance");
        assertThat(EventJson.tree(changed.value()).get("status").asString()).isEqualTo("active");

        // 409: an active tenant cannot go back to a trial; 400: unknown values; nothing changes either way
        web.patch().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "trialing"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "invalid-status-change");
        web.patch().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tier", "platinum", "status", "asleep"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.tier").exists().jsonPath("$.errors.status").exists();
        web.patch().uri("/api/v1/tenants/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "paused"))
                .exchange().expectStatus().isNotFound();

        // Owners choose whether their data helps platform-wide learning.
        web.patch().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "owner")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("dataSharingConsent", true))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.dataSharingConsent").isEqualTo(true)
                .jsonPath("$.version").isEqualTo(3);

        web.delete().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isNoContent();
        var deleted = events.await("tenant.changed", version(id, 4));
        assertThat(EventJson.tree(deleted.value()).get("deleted").asBoolean()).isTrue();
        web.get().uri("/api/v1/tenants/me").headers(h -> h.setBearerAuth(issuer.token(id, "owner")))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/tenants/{id}", id).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.deleted").isEqualTo(true);
        assertThat(events.recordsWithKey("tenant.changed", id.toString())).hasSize(4);
    }

    UUID createTenant(String tier) {
        UUID id = UUID.randomUUID();
        web.post().uri("/api/v1/tenants").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id.toString(), "name", "Tenant " + id, "tier", tier))
                .exchange().expectStatus().isCreated();
        return id;
    }

    JsonNode usage(UUID tenantId) {
        return web.get().uri("/api/v1/tenants/me/usage").headers(h -> h.setBearerAuth(issuer.token(tenantId, "viewer")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    void awaitUsage(UUID tenantId, Predicate<JsonNode> condition) {
        Awaitility.await("usage of " + tenantId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> condition.test(usage(tenantId)));
    }

    static Predicate<ConsumerRecord<String, String>> version(UUID tenantId, long version) {
        return r -> tenantId.toString().equals(r.key()) && EventJson.tree(r.value()).get("version").asLong() == version;
    }

    static String leadScored(UUID leadId, UUID tenantId, boolean firstScore) {
        return """
                {"leadId":"%s","tenantId":"%s","score":88,"tier":"hot","scoredAt":"%s",
                 "components":{"dataQuality":20,"authority":25,"companyFit":23,"timing":5,"risk":15},"reasons":[],
                 "weights":{"dataQuality":1,"authority":1,"companyFit":1,"timing":1,"risk":1},"weightsSource":"default",
                 "allowedChannels":["email"],"firstScore":%s,"email":"jo.bloggs@acme.com.au"}
                """.formatted(leadId, tenantId, Instant.now(), firstScore);
    }

    static String leadEnriched(UUID leadId, UUID tenantId, long totalCostMicros) {
        return """
                {"leadId":"%s","tenantId":"%s","status":"complete","confidence":0.9,"enrichedAt":"%s",
                 "contact":{"email":"jo.bloggs@acme.com.au"},"company":{"name":"Acme"},"provenance":{},
                 "providerCalls":[],"totalCostMicros":%d}
                """.formatted(leadId, tenantId, Instant.now(), totalCostMicros);
    }
}
