package com.agencyos.enrichment;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.enrichment.support.FakeHttpServer;
import com.agencyos.enrichment.support.FakeProviders;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@AgencyIntegrationTest
class EnrichmentServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final FakeHttpServer PROVIDERS = new FakeHttpServer();
    static final Map<String, String> PROVIDER_PROPERTIES = FakeProviders.serve(PROVIDERS);
    static final AtomicLong VERSION = new AtomicLong(1);

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    @DynamicPropertySource
    static void providersOnLocalFakes(DynamicPropertyRegistry registry) {
        PROVIDER_PROPERTIES.forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void tenantsAreActive() {
        tenantIs(ACME, "active", 100_000, 0);
        tenantIs(GLOBEX, "active", 100_000, 0);
    }

    @Test
    void enrichesAReceivedLeadThroughTheWaterfallAndPublishesLeadEnrichedThroughTheOutbox() {
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
        assertThat(header(enriched, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").isNotEqualTo(traceparent);
        EventSchemas.assertValid(enriched);
        var json = EventJson.tree(enriched.value());
        assertThat(json.get("status").asString()).isEqualTo("complete");
        assertThat(json.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.7);
        assertThat(json.at("/contact/email").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(json.at("/contact/phone").asString()).isEqualTo("+61412345678");
        assertThat(json.at("/contact/emailVerified").asBoolean()).isTrue();
        assertThat(json.at("/contact/employmentStartDate").asString()).isEqualTo("2019-03-01");
        assertThat(json.at("/company/domain").asString()).isEqualTo("acme.com.au");
        assertThat(json.at("/company/industry").asString()).isEqualTo("Construction");
        assertThat(json.at("/company/description").asString()).startsWith("Family-owned plumbing");
        assertThat(json.at("/company/hiring").asBoolean()).isTrue();
        assertThat(json.at("/company/technologies").toString()).contains("Shopify");
        assertThat(json.at("/webPresence/domainRank").asInt()).isEqualTo(212);
        assertThat(json.at("/provenance/company.description/provider").asString()).isEqualTo("website");
        assertThat(json.at("/provenance/company.industry/provider").asString()).isEqualTo("apollo");
        assertThat(json.at("/provenance/contact.emailVerified/provider").asString()).isEqualTo("hunter");
        assertThat(json.at("/provenance/contact.firstName/provider").asString()).isIn("form", "apollo");
        assertThat(json.at("/provenance/webPresence.domainRank/provider").asString()).isEqualTo("dataforseo");
        long reportedCost = 0;
        for (JsonNode call : json.get("providerCalls")) {
            reportedCost += call.get("costMicros").asLong();
        }
        assertThat(json.get("totalCostMicros").asLong()).isEqualTo(reportedCost);
        assertThat(providers(json)).contains("hunter", "apollo", "dataforseo", "website").doesNotContain("premium");

        web.get().uri("/api/v1/enrichments/{id}", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("jo.bloggs@acme.com.au").jsonPath("$.status").isEqualTo("complete");
        web.get().uri("/api/v1/enrichments/{id}/state", leadId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("done");
    }

    @Test
    void providersThatFailDegradeToPartialDataAndTheLeadStillMovesOn() {
        UUID leadId = UUID.randomUUID();
        events.publish("form.received", "agencyos.form.received.v1", leadId.toString(), ACME,
                form(leadId, ACME, "sam@outage-corp.com", "Sam", null, null, "https://outage-corp.com/"));

        var json = EventJson.tree(events.await("lead.enriched", withKey(leadId.toString())).value());

        EventSchemas.assertValid(events.await("lead.enriched", withKey(leadId.toString())));
        assertThat(outcomes(json)).containsEntry("hunter", "error").containsEntry("apollo", "error")
                .containsEntry("dataforseo", "error").containsEntry("website", "error");
        assertThat(json.at("/company/websiteReachable").asBoolean(true)).isFalse();
        boolean premiumAnswered = "hit".equals(outcomes(json).get("premium"));
        assertThat(json.get("status").asString()).isEqualTo(premiumAnswered ? "partial" : "failed");
        assertThat(json.get("totalCostMicros").asLong()).as("failed calls cost nothing").isEqualTo(costOf(json, "premium"));
    }

    @Test
    void aRepeatedPersonOrDomainIsAnsweredFromTheCacheUntilItExpires() {
        UUID tenant = UUID.randomUUID();
        tenantIs(tenant, "active", 1_000, 0);
        UUID first = enrich(tenant, "ana@rich.test");
        long seoCalls = seoCallsFor("rich.test");

        var sameCompany = EventJson.tree(events.await("lead.enriched", withKey(enrich(tenant, "ben@rich.test").toString())).value());
        assertThat(cached(sameCompany)).containsEntry("dataforseo", true).containsEntry("website", true)
                .containsEntry("hunter", false).containsEntry("apollo", false);
        assertThat(outcomes(sameCompany)).containsEntry("cache", "hit");

        var samePerson = EventJson.tree(events.await("lead.enriched", withKey(enrich(tenant, "ana@rich.test").toString())).value());
        assertThat(cached(samePerson)).containsEntry("dataforseo", true).containsEntry("website", true)
                .containsEntry("hunter", true).containsEntry("apollo", true);
        assertThat(samePerson.get("totalCostMicros").asLong()).isZero();
        assertThat(samePerson.at("/provenance/webPresence.domainRank/fetchedAt").asString())
                .as("a cache hit keeps the time it was first fetched")
                .isEqualTo(EventJson.tree(events.await("lead.enriched", withKey(first.toString())).value())
                        .at("/provenance/webPresence.domainRank/fetchedAt").asString());
        assertThat(seoCallsFor("rich.test")).isEqualTo(seoCalls);

        db.sql("UPDATE enrichment_cache SET expires_at = now() - interval '1 second' WHERE cache_key = 'v1:company:rich.test'")
                .fetch().rowsUpdated().block();
        var expired = EventJson.tree(events.await("lead.enriched", withKey(enrich(tenant, "ana@rich.test").toString())).value());
        assertThat(cached(expired)).containsEntry("dataforseo", false).containsEntry("website", false)
                .containsEntry("hunter", true);
        assertThat(seoCallsFor("rich.test")).isEqualTo(seoCalls + 1);
    }

    @Test
    void thePremiumProviderServesAtMostFifteenPercentOfATenantsLeadsADay() {
        UUID tenant = UUID.randomUUID();
        tenantIs(tenant, "active", 1_000, 0);
        List<UUID> leads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID leadId = UUID.randomUUID();
            leads.add(leadId);
            events.publish("form.received", "agencyos.form.received.v1", leadId.toString(), tenant,
                    form(leadId, tenant, "lead" + i + "@gmail.com", "Lee", "Low", null, null));
        }
        int premiumHits = 0;
        int premiumSkipped = 0;
        for (UUID leadId : leads) {
            var json = EventJson.tree(events.await("lead.enriched", withKey(leadId.toString())).value());
            String premium = outcomes(json).get("premium");
            if ("skipped".equals(premium)) {
                assertThat(json.get("confidence").asDouble()).isLessThan(0.7);
            }
            premiumHits += "hit".equals(premium) ? 1 : 0;
            premiumSkipped += "skipped".equals(premium) ? 1 : 0;
        }
        assertThat(premiumHits).isBetween(1, 3);
        assertThat(premiumHits + premiumSkipped).isEqualTo(20);
        Integer used = db.sql("SELECT premium FROM premium_usage WHERE tenant_id = :t").bind("t", tenant)
                .map(row -> row.get("premium", Integer.class)).one().block();
        assertThat(used).isEqualTo(premiumHits);
    }

    @Test
    void aLeadOfAnIneligibleTenantIsParkedAndResumesWhenTheTenantIsEligibleAgain() {
        UUID pastDue = UUID.randomUUID();
        UUID poolSpent = UUID.randomUUID();
        tenantIs(pastDue, "past_due", 1_000, 0);
        tenantIs(poolSpent, "active", 10, 10);
        UUID waiting = publishLead(pastDue, "pat@acme.com.au");
        UUID noPool = publishLead(poolSpent, "pam@acme.com.au");

        awaitState(pastDue, waiting, "parked", "tenant_past_due");
        awaitState(poolSpent, noPool, "parked", "lead_pool_exhausted");
        assertThat(events.recordsWithKey("lead.enriched", waiting.toString())).isEmpty();

        tenantIs(pastDue, "active", 1_000, 0);
        events.await("lead.enriched", withKey(waiting.toString()));
        tenantIs(poolSpent, "active", 20, 10);
        events.await("lead.enriched", withKey(noPool.toString()));
    }

    @Test
    void aLeadOfATenantNotYetKnownWaitsForItsTenantChanged() {
        UUID newcomer = UUID.randomUUID();
        UUID leadId = publishLead(newcomer, "new@acme.com.au");
        awaitState(newcomer, leadId, "parked", "tenant_unknown");

        tenantIs(newcomer, "trialing", 100, 0);

        events.await("lead.enriched", withKey(leadId.toString()));
    }

    @Test
    void aSuppressedLeadIsRecordedAsSuppressedAndGetsNoLeadEnriched() {
        suppression(ACME, "added", "email", "blocked@acme.com.au");
        suppression(null, "added", "domain", "blockedcorp.com");

        UUID byTenantList = publishLead(ACME, "Blocked@Acme.com.au");
        UUID byPlatformList = publishLead(GLOBEX, "anyone@blockedcorp.com");
        awaitState(ACME, byTenantList, "suppressed", "tenant_email_unsubscribe");
        awaitState(GLOBEX, byPlatformList, "suppressed", "platform_domain_unsubscribe");
        UUID marker = publishLead(ACME, "marker@acme.com.au");
        events.await("lead.enriched", withKey(marker.toString()));
        assertThat(events.recordsWithKey("lead.enriched", byTenantList.toString())).isEmpty();
        assertThat(events.recordsWithKey("lead.enriched", byPlatformList.toString())).isEmpty();

        suppression(ACME, "removed", "email", "blocked@acme.com.au");
        events.await("lead.enriched", withKey(publishLead(ACME, "blocked@acme.com.au").toString()));
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
        web.get().uri("/api/v1/enrichments/{id}/state", leadId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/enrichments/{id}", leadId).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/enrichments/{id}", "not-a-uuid").headers(h -> h.setBearerAuth(issuer.token(ACME, "owner")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private UUID enrich(UUID tenant, String email) {
        UUID leadId = UUID.randomUUID();
        String domain = email.substring(email.indexOf('@') + 1);
        events.publish("form.received", "agencyos.form.received.v1", leadId.toString(), tenant,
                form(leadId, tenant, email, "Ana", "Lopez", "Rich Co", "https://" + domain + "/"));
        events.await("lead.enriched", withKey(leadId.toString()));
        return leadId;
    }

    /** Backlinks requests made for the domain: the DataForSEO calls that were not answered from the cache. */
    private static long seoCallsFor(String domain) {
        return PROVIDERS.bodies().stream().filter(body -> body.equals("[{\"target\":\"" + domain + "\"}]")).count();
    }

    private UUID publishLead(UUID tenant, String email) {
        UUID leadId = UUID.randomUUID();
        events.publish("form.received", "agencyos.form.received.v1", leadId.toString(), tenant,
                form(leadId, tenant, email, "Pat", "Doe", "Acme", null));
        return leadId;
    }

    private void awaitState(UUID tenant, UUID leadId, String state, String reason) {
        Awaitility.await("lead " + leadId + " " + state).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> web.get().uri("/api/v1/enrichments/{id}/state", leadId)
                        .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                        .exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.state").isEqualTo(state).jsonPath("$.reason").isEqualTo(reason));
    }

    /** Publishes the tenant's state and waits until this service holds it, so the next lead meets that state. */
    private void tenantIs(UUID tenant, String status, int pool, int used) {
        long version = VERSION.incrementAndGet();
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant, """
                {"tenantId":"%s","status":"%s","tier":"velocity","quotas":{"leadPoolPerMonth":%d,"maxActiveCampaigns":5,
                 "linkedinSeats":1},"leadPoolUsed":%d,"timeZone":"Australia/Melbourne","country":"AU",
                 "defaultPermissionMode":"co_pilot","icp":{"industries":[],"sizeMin":0,"sizeMax":1000,"locations":[],"titles":[],
                 "competitorDomains":[],"vendorWebsite":null},"dataSharingConsent":false,"deleted":false,"version":%d}
                """.formatted(tenant, status, pool, used, version));
        Awaitility.await("tenant " + tenant + " at version " + version).atMost(Duration.ofSeconds(30))
                .until(() -> db.sql("SELECT version FROM tenant_state WHERE tenant_id = :t").bind("t", tenant)
                        .map(row -> row.get("version", Long.class)).one().blockOptional().orElse(0L) >= version);
    }

    private void suppression(UUID tenant, String action, String kind, String value) {
        String json = """
                {"tenantId":%s,"action":"%s","kind":"%s","value":"%s","reason":"unsubscribe","source":"api","changedAt":"2026-11-22T01:00:00Z"}
                """.formatted(tenant == null ? "null" : "\"" + tenant + "\"", action, kind, value);
        EventSchemas.assertValid("agencyos.suppression.changed.v1", json);
        Map<String, String> headers = new HashMap<>(Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "agencyos.suppression.changed.v1", "ce_source", "/agencyos/test", "ce_specversion", "1.0"));
        if (tenant != null) {
            headers.put("ce_tenantid", tenant.toString());
        }
        events.publishRaw("suppression.changed", tenant == null ? "platform" : tenant.toString(), json, headers);
        String scope = tenant == null ? "platform" : tenant.toString();
        boolean present = "added".equals(action);
        Awaitility.await("suppression " + action + " " + value).atMost(Duration.ofSeconds(30))
                .until(() -> db.sql("SELECT count(*) AS n FROM suppression_entry WHERE scope = :s AND value = :v")
                        .bind("s", scope).bind("v", value).map(row -> row.get("n", Long.class)).one().block() == (present ? 1 : 0));
    }

    private static List<String> providers(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.get("providerCalls").forEach(call -> names.add(call.get("provider").asString()));
        return names;
    }

    private static Map<String, String> outcomes(JsonNode json) {
        Map<String, String> outcomes = new HashMap<>();
        json.get("providerCalls").forEach(call -> outcomes.put(call.get("provider").asString(), call.get("outcome").asString()));
        return outcomes;
    }

    private static Map<String, Boolean> cached(JsonNode json) {
        Map<String, Boolean> cached = new HashMap<>();
        json.get("providerCalls").forEach(call -> cached.put(call.get("provider").asString(), call.get("cached").asBoolean()));
        return cached;
    }

    private static long costOf(JsonNode json, String provider) {
        long cost = 0;
        for (JsonNode call : json.get("providerCalls")) {
            cost += provider.equals(call.get("provider").asString()) ? call.get("costMicros").asLong() : 0;
        }
        return cost;
    }

    static String form(UUID leadId, UUID tenant, String email, String first, String last, String company, String website) {
        return """
                {"leadId":"%s","tenantId":"%s","source":"api","sourceRef":"%s","receivedAt":"2026-11-22T01:00:00Z",
                 "contact":{"email":"%s","firstName":%s,"lastName":%s},
                 "company":{"name":%s,"website":%s},"customFields":{}}
                """.formatted(leadId, tenant, leadId, email, quoted(first), quoted(last), quoted(company), quoted(website));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static String formReceived(UUID leadId, String email) {
        return """
                {"leadId":"%s","tenantId":"%s","source":"webhook","sourceRef":"%s","receivedAt":"2026-11-22T01:00:00Z",
                 "contact":{"email":"%s","firstName":"Jo","lastName":"Bloggs","title":"Managing Director","phone":"0412 345 678"},
                 "company":{"name":"Acme  Pty Ltd","website":"https://www.acme.com.au/about"},"customFields":{}}
                """.formatted(leadId, ACME, leadId, email);
    }
}
