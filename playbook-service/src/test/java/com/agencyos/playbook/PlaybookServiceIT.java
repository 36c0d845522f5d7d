package com.agencyos.playbook;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@AgencyIntegrationTest
class PlaybookServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    @Autowired MeterRegistry meters;

    static final FixtureSites SITES = FixtureSites.start();

    @DynamicPropertySource
    static void fixtureSites(DynamicPropertyRegistry registry) {
        registry.add("agencyos.playbook.site-overrides", () -> String.join(",", SITES.overrides()));
        registry.add("agencyos.playbook.research.request-timeout", () -> "6s");
        registry.add("agencyos.playbook.research.total-budget", () -> "20s");
        // A language model nobody answers for: every research run must fall back to the built-in generator.
        registry.add("agencyos.playbook.llm.enabled", () -> "true");
        registry.add("agencyos.playbook.llm.base-url", () -> "http://127.0.0.1:1/v1");
    }

    @Test
    void aRequestedPlaybookIsResearchedFromBothSitesAndQuotesOnlyWhatTheySay() {
        UUID tenant = UUID.randomUUID();
        String token = issuer.token(tenant, "member");
        JsonNode accepted = requestPlaybook(token, FixtureSites.VENDOR, FixtureSites.PROSPECT, false, 202);
        assertThat(accepted.get("reused").asBoolean()).isFalse();
        assertThat(accepted.get("run").get("status").asString()).isIn("queued", "running");
        String playbookId = accepted.get("playbookId").asString();

        JsonNode run = awaitRun(token, playbookId, accepted.get("run").get("id").asString());

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.get("percentDone").asInt()).isEqualTo(100);
        List<String> steps = new ArrayList<>();
        run.get("steps").forEach(step -> {
            steps.add(step.get("name").asString());
            assertThat(step.get("status").asString()).isEqualTo("succeeded");
            assertThat(step.get("millis").asLong()).isNotNegative();
        });
        assertThat(steps).containsExactly("validate_domains", "fetch_homepages", "rank_urls", "fetch_pages",
                "extract_vendor_profile", "extract_prospect_profile", "choose_personas", "write_playbook", "save");
        assertThat(run.get("steps").get(3).get("detail").asString()).contains("1 skipped");

        String body = web.get().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode playbook = EventJson.tree(body);
        assertThat(playbook.get("status").asString()).isEqualTo("ready");
        assertThat(playbook.get("vendorDomain").asString()).isEqualTo(FixtureSites.VENDOR);
        assertThat(playbook.get("companyName").asString()).isEqualTo("Bright Plumbing Supplies");
        assertThat(playbook.get("personas")).hasSize(3);
        playbook.get("personas").forEach(persona -> {
            List<Integer> days = new ArrayList<>();
            persona.get("sequence").forEach(touch -> days.add(touch.get("day").asInt()));
            assertThat(days).containsExactly(1, 3, 7, 14);
            assertThat(persona.get("sequence").get(0).get("body").asString()).contains("{{firstName}}", "{{senderName}}");
        });
        String sequences = playbook.get("personas").toString();
        assertThat(sequences).contains("Bright Plumbing Supplies sells pipes, fittings and hot water systems", "Acme Dispatch");
        assertThat(sequences).containsAnyOf("40%", "1,200 trade businesses", "35%");
        JsonNode research = playbook.get("research");
        assertThat(research.get("executiveSummary").asString()).contains("Bright Plumbing Supplies", "acme-vendor.test");
        assertThat(research.get("prospectLanguage").asString()).isEqualTo("en");
        assertThat(research.get("talkTracks")).hasSize(3);
        assertThat(research.get("battleCards").size()).isGreaterThanOrEqualTo(3);
        assertThat(research.get("prospect").get("hiring").toString()).contains("We are hiring delivery drivers");
        assertThat(research.get("prospect").get("sizeAndGrowth").toString()).contains("8,000 plumbing products");
        assertThat(research.get("prospect").get("technologies").toString()).contains("Shopify");
        assertThat(research.get("researchNotes").toString()).contains("not an HTML page");
        assertThat(research.get("researchNotes").toString()).contains("llm fallback to builtin: llm unreachable");
        assertThat(playbook.get("generator").asString()).isEqualTo("builtin");
        assertThat(research.get("claims").size()).isGreaterThan(5);
        research.get("claims").forEach(claim -> assertClaimIsOnItsPage(claim.get("text").asString(),
                claim.get("sourceUrl").asString()));
        assertThat(body).doesNotContain("robot plumber", "legal boilerplate");

        var generated = events.await("playbook.generated", r -> playbookId.equals(EventJson.tree(r.value())
                .path("playbookId").asString()));
        EventSchemas.assertValid(generated);
        assertThat(generated.key()).isEqualTo(tenant.toString());
        assertThat(EventJson.tree(generated.value()).get("waitingLeadIds")).isEmpty();

        JsonNode reused = requestPlaybook(token, FixtureSites.VENDOR, FixtureSites.PROSPECT, false, 200);
        assertThat(reused.get("reused").asBoolean()).isTrue();
        assertThat(reused.get("playbookId").asString()).isEqualTo(playbookId);
        assertThat(reused.get("playbook").get("personas")).hasSize(3);
        int pricingFetches = SITES.hits(FixtureSites.VENDOR, "/pricing");
        int homepageFetches = SITES.hits(FixtureSites.VENDOR, "/");
        JsonNode forced = requestPlaybook(token, FixtureSites.VENDOR, FixtureSites.PROSPECT, true, 202);
        assertThat(forced.get("playbookId").asString()).isNotEqualTo(playbookId);
        assertThat(awaitRun(token, forced.get("playbookId").asString(), forced.get("run").get("id").asString())
                .get("status").asString()).isEqualTo("succeeded");
        assertThat(pricingFetches).as("the vendor's pricing page was fetched").isPositive();
        assertThat(SITES.hits(FixtureSites.VENDOR, "/pricing")).as("pages come from the 24 h cache").isEqualTo(pricingFetches);
        assertThat(SITES.hits(FixtureSites.VENDOR, "/")).as("the homepage is checked live").isEqualTo(homepageFetches + 1);
        assertThat(SITES.hits(FixtureSites.VENDOR, "/internal/roadmap")).as("robots.txt disallows it").isZero();
    }

    @Test
    void leadsOfATenantWithAWebsiteWaitForOneResearchedPlaybookPerAccount() {
        UUID tenant = UUID.randomUUID();
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant,
                "{\"tenantId\":\"" + tenant + "\",\"version\":1,\"icp\":{\"vendorWebsite\":\"acme-vendor.test\"}}");
        await().atMost(Duration.ofSeconds(30)).until(() -> db.sql("SELECT count(*) AS n FROM tenant_vendor WHERE tenant_id = :t")
                .bind("t", tenant).map(row -> row.get("n", Long.class)).one().block() == 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID stranded = UUID.randomUUID();
        awaitProcessed(publishLead(first, tenant, "hot", "Operations Manager", FixtureSites.PROSPECT),
                publishLead(second, tenant, "warm", "CEO", "https://www." + FixtureSites.PROSPECT + "/"),
                publishLead(stranded, tenant, "hot", "CEO", FixtureSites.MISSING_HOME));

        Predicate<ConsumerRecord<String, String>> ofTenant = r -> tenant.toString().equals(r.key());
        var generated = events.await("playbook.generated", ofTenant.and(forProspect(FixtureSites.PROSPECT)));
        EventSchemas.assertValid(generated);
        JsonNode json = EventJson.tree(generated.value());
        assertThat(json.get("vendorDomain").asString()).isEqualTo(FixtureSites.VENDOR);
        assertThat(json.get("confidence").asDouble()).isGreaterThan(0.2);
        assertThat(strings(json.get("waitingLeadIds"))).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(json.get("personas").toString()).contains("Bright Plumbing Supplies sells pipes, fittings and hot water systems");
        String playbookId = json.get("playbookId").asString();
        assertThat(db.sql("SELECT count(*) AS n FROM playbook_run WHERE playbook_id = :id").bind("id", UUID.fromString(playbookId))
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
        assertThat(db.sql("SELECT count(*) AS n FROM playbook WHERE tenant_id = :t AND prospect_domain = :d").bind("t", tenant)
                .bind("d", FixtureSites.PROSPECT).map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);

        UUID late = UUID.randomUUID();
        awaitProcessed(publishLead(late, tenant, "cool", "Finance Director", FixtureSites.PROSPECT));
        assertThat(db.sql("SELECT relation FROM playbook_lead WHERE lead_id = :id").bind("id", late)
                .map(row -> row.get("relation", String.class)).one().block()).isEqualTo("attached");

        JsonNode failed = EventJson.tree(events.await("playbook.generated", ofTenant.and(forProspect(FixtureSites.MISSING_HOME))).value());
        assertThat(strings(failed.get("waitingLeadIds"))).containsExactly(stranded.toString());
        assertThat(strings(failed.get("lowConfidenceReasons"))).anyMatch(r -> r.startsWith("research failed: fetch_homepages: prospect domain"));
    }

    @Test
    void aBatchRequestsEachProspectOnceReportsProgressAndExportsTheReadyPlaybooks() {
        UUID tenant = UUID.randomUUID();
        String token = issuer.token(tenant, "member");
        String accepted = web.post().uri("/api/v1/playbook-batches").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("vendorDomain", FixtureSites.VENDOR, "prospectDomains",
                        List.of(FixtureSites.PROSPECT, FixtureSites.ONE_PAGE, FixtureSites.MISSING_HOME, "www." + FixtureSites.PROSPECT)))
                .exchange().expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
        JsonNode batch = EventJson.tree(accepted);
        assertThat(batch.get("total").asInt()).isEqualTo(3);
        String batchId = batch.get("id").asString();

        List<JsonNode> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            last.add(0, EventJson.tree(web.get().uri("/api/v1/playbook-batches/{id}", batchId).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()));
            return last.get(0).get("queued").asInt() + last.get(0).get("running").asInt() == 0;
        });
        JsonNode done = last.get(0);
        assertThat(done.get("succeeded").asInt()).isEqualTo(2);
        assertThat(done.get("failed").asInt()).isEqualTo(1);
        assertThat(done.get("percentDone").asInt()).isGreaterThan(0);
        assertThat(done.get("items").get(2).get("prospectDomain").asString()).isEqualTo(FixtureSites.MISSING_HOME);
        assertThat(done.get("items").get(2).get("error").asString()).contains("answered HTTP 404");

        String csv = web.get().uri("/api/v1/playbook-batches/{id}/export?format=csv", batchId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.split("\r\n")).hasSize(1 + 6);
        assertThat(csv).contains("Bright Plumbing Supplies sells pipes", "Custom kitchens and decks built by hand in Hobart.");
        web.get().uri("/api/v1/playbook-batches/{id}", batchId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound();

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("prospect-" + i + ".com.au");
        }
        web.post().uri("/api/v1/playbook-batches").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("vendorDomain", FixtureSites.VENDOR, "prospectDomains", tooMany)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.prospectDomains").exists();
        web.post().uri("/api/v1/playbook-batches").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("vendorDomain", FixtureSites.VENDOR, "prospectDomains", List.of())).exchange()
                .expectStatus().isBadRequest();
        web.post().uri("/api/v1/playbook-batches").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("vendorDomain", FixtureSites.VENDOR, "prospectDomains", List.of("fine.com.au", "not a domain")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors['prospectDomains[1]']").exists();
        web.post().uri("/api/v1/playbook-batches").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("vendorDomain", FixtureSites.VENDOR, "prospectDomains", List.of(FixtureSites.PROSPECT)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aOnePageSiteAForeignLanguageSiteAndA500LinkSiteStillYieldPlaybooks() {
        UUID tenant = UUID.randomUUID();
        String token = issuer.token(tenant, "owner");
        JsonNode onePage = finishedPlaybook(token, FixtureSites.VENDOR, FixtureSites.ONE_PAGE);
        assertThat(onePage.get("lowConfidence").asBoolean()).isTrue();
        assertThat(onePage.get("lowConfidenceReasons").toString()).contains("prospect website: only 1 page(s)",
                "prospect website returned too little text");
        assertThat(onePage.get("personas")).hasSize(3);
        assertThat(onePage.get("personas").toString()).contains("Custom kitchens and decks built by hand in Hobart.");

        JsonNode german = finishedPlaybook(token, FixtureSites.VENDOR, FixtureSites.GERMAN);
        assertThat(german.get("research").get("prospectLanguage").asString()).isEqualTo("de");
        assertThat(german.get("research").get("executiveSummary").asString()).contains("'de'");
        assertThat(german.get("personas").toString()).doesNotContain("Familienbetrieb");

        JsonNode many = finishedPlaybook(token, FixtureSites.VENDOR, FixtureSites.MANY_LINKS);
        assertThat(many.get("latestRun").get("steps").get(2).get("detail").asString()).contains("20 prospect pages chosen");
        assertThat(many.get("research").get("prospect").get("pagesRead").asInt()).isEqualTo(21);
    }

    @Test
    void unreachableSitesFailFastWithAClearMessageAndCanBeRetried() {
        UUID tenant = UUID.randomUUID();
        String token = issuer.token(tenant, "admin");
        JsonNode missing = failedRun(token, FixtureSites.MISSING_HOME);
        assertThat(missing.get("error").asString()).contains("fetch_homepages", "prospect domain missing-home.test",
                "answered HTTP 404");
        assertThat(missing.get("steps")).hasSize(2);
        assertThat(failedRun(token, FixtureSites.REDIRECT_LOOP).get("error").asString()).contains("redirect loop");
        assertThat(failedRun(token, FixtureSites.SLOW).get("error").asString()).contains("did not answer within 6 s");

        String playbookId = missing.get("playbookId").asString();
        web.get().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("failed").jsonPath("$.latestRun.error").exists();
        String retried = web.post().uri("/api/v1/playbooks/{id}/runs/{runId}/retry", playbookId, missing.get("id").asString())
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode again = awaitRun(token, playbookId, EventJson.tree(retried).get("id").asString());
        assertThat(again.get("status").asString()).isEqualTo("failed");
        assertThat(again.get("id").asString()).isNotEqualTo(missing.get("id").asString());

        JsonNode ok = requestPlaybook(token, FixtureSites.VENDOR, FixtureSites.PROSPECT, true, 202);
        String okId = ok.get("playbookId").asString();
        String okRun = ok.get("run").get("id").asString();
        awaitRun(token, okId, okRun);
        web.post().uri("/api/v1/playbooks/{id}/runs/{runId}/retry", okId, okRun).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/run-not-failed");
        web.get().uri("/api/v1/playbooks/{id}/runs/{runId}", okId, okRun)
                .headers(h -> h.setBearerAuth(issuer.token(UUID.randomUUID(), "owner")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void badPlaybookRequestsGetAProblemAndStartNothing() {
        UUID tenant = UUID.randomUUID();
        String token = issuer.token(tenant, "owner");
        post(token, "{\"vendorDomain\":\"acme-vendor.test\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.prospectDomain").exists();
        post(token, "{\"vendorDomain\":\"not a domain\",\"prospectDomain\":\"http://\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.prospectDomain").exists().jsonPath("$.errors.vendorDomain").exists();
        post(token, "{\"vendorDomain\":\"acme-vendor.test\",\"prospectDomain\":\"www.acme-vendor.test\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.prospectDomain").exists();
        post(token, "{\"prospectDomain\":\"bright-plumbing.test\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.vendorDomain").exists();
        post(token, "{not json").expectStatus().isBadRequest();
        post(issuer.token(tenant, "viewer"), "{\"vendorDomain\":\"acme-vendor.test\",\"prospectDomain\":\"bright-plumbing.test\"}")
                .expectStatus().isForbidden();
        assertThat(db.sql("SELECT count(*) AS n FROM playbook_run WHERE tenant_id = :t").bind("t", tenant)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void theVendorDefaultsToTheTenantsWebsiteAndADeletedPlaybookIsGone() {
        UUID tenant = UUID.randomUUID();
        String token = issuer.token(tenant, "owner");
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant,
                "{\"tenantId\":\"" + tenant + "\",\"version\":3,\"icp\":{\"vendorWebsite\":\"https://www.acme-vendor.test/\"}}");
        await().atMost(Duration.ofSeconds(30)).until(() -> db.sql("SELECT count(*) AS n FROM tenant_vendor WHERE tenant_id = :t")
                .bind("t", tenant).map(row -> row.get("n", Long.class)).one().block() == 1);

        JsonNode accepted = EventJson.tree(post(token, "{\"prospectDomain\":\"https://bright-plumbing.test/about\"}")
                .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody());
        assertThat(accepted.get("run").get("vendorDomain").asString()).isEqualTo(FixtureSites.VENDOR);
        String playbookId = accepted.get("playbookId").asString();
        awaitRun(token, playbookId, accepted.get("run").get("id").asString());

        web.delete().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isForbidden();
        web.delete().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isNoContent();
        web.get().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/playbooks").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        web.delete().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isNotFound();
        requestPlaybook(token, FixtureSites.VENDOR, FixtureSites.PROSPECT, false, 202);
    }

    WebTestClient.ResponseSpec post(String token, String json) {
        return web.post().uri("/api/v1/playbooks").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    JsonNode requestPlaybook(String token, String vendor, String prospect, boolean force, int status) {
        String body = web.post().uri("/api/v1/playbooks").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("vendorDomain", vendor, "prospectDomain", prospect, "force", force))
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
        return EventJson.tree(body);
    }

    JsonNode awaitRun(String token, String playbookId, String runId) {
        List<JsonNode> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String body = web.get().uri("/api/v1/playbooks/{id}/runs/{runId}", playbookId, runId)
                    .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            last.add(0, EventJson.tree(body));
            return List.of("succeeded", "failed").contains(last.get(0).get("status").asString());
        });
        return last.get(0);
    }

    JsonNode finishedPlaybook(String token, String vendor, String prospect) {
        JsonNode accepted = requestPlaybook(token, vendor, prospect, false, 202);
        JsonNode run = awaitRun(token, accepted.get("playbookId").asString(), accepted.get("run").get("id").asString());
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        return EventJson.tree(web.get().uri("/api/v1/playbooks/{id}", accepted.get("playbookId").asString())
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode failedRun(String token, String prospect) {
        JsonNode accepted = requestPlaybook(token, FixtureSites.VENDOR, prospect, false, 202);
        JsonNode run = awaitRun(token, accepted.get("playbookId").asString(), accepted.get("run").get("id").asString());
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("failed");
        assertThat(run.get("currentStep").asString()).isEqualTo("fetch_homepages");
        return run;
    }

    /** A quoted claim must be on the fixture page it names: the generator may not invent facts. */
    static void assertClaimIsOnItsPage(String text, String sourceUrl) {
        String site = null;
        for (String domain : List.of(FixtureSites.VENDOR, FixtureSites.PROSPECT)) {
            if (sourceUrl.startsWith(SITES.baseUrl(domain) + "/")) {
                site = domain.equals(FixtureSites.VENDOR) ? "acme-vendor" : "prospect";
                String path = sourceUrl.substring(SITES.baseUrl(domain).length());
                String html = FixtureSites.resource(site, path.equals("/") ? "index.html" : path.substring(1) + ".html");
                assertThat(html).as("page " + sourceUrl).isNotNull();
                assertThat(html).as("claim on " + sourceUrl).contains(text);
            }
        }
        assertThat(site).as("claim source " + sourceUrl + " is one of the two sites").isNotNull();
    }

    @Test
    void aScoredLeadGetsItsAccountsPlaybookAnnouncedThroughTheOutbox() {
        UUID leadId = UUID.randomUUID();
        String domain = aProspectDomain();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        events.publishRaw("lead.scored", leadId.toString(), leadScored(leadId, ACME, "hot", "Head of Sales",
                "https://www." + domain.toUpperCase() + "/"), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", LEAD_SCORED_V1, "ce_source", "/agencyos/test",
                "ce_specversion", "1.0", "ce_tenantid", ACME.toString(), "traceparent", traceparent));

        var generated = events.await("playbook.generated", forProspect(domain));

        assertThat(generated.key()).isEqualTo(ACME.toString());
        assertThat(header(generated, "ce_type")).isEqualTo("agencyos.playbook.generated.v1");
        assertThat(header(generated, "ce_tenantid")).isEqualTo(ACME.toString());
        assertThat(header(generated, "ce_subject")).isEqualTo(ACME.toString());
        assertThat(header(generated, "ce_source")).isEqualTo("/agencyos/playbook-service");
        assertThat(header(generated, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .isNotEqualTo(traceparent);
        EventSchemas.assertValid(generated);
        JsonNode json = EventJson.tree(generated.value());
        assertThat(strings(json.get("waitingLeadIds"))).containsExactly(leadId.toString());
        assertThat(json.get("generator").asString()).isEqualTo("builtin");
        assertThat(json.get("confidence").asDouble()).isEqualTo(0.2);
        assertThat(strings(json.get("lowConfidenceReasons"))).containsExactly("skeleton: no web research yet");
        assertThat(json.get("personas")).hasSize(3);
        assertThat(json.get("personas").get(0).get("key").asString()).isEqualTo("head_of_sales");
        assertThat(json.get("personas").get(0).get("sequence").get(0).get("body").asString())
                .contains("{{firstName}}", "{{companyName}}");
        String playbookId = json.get("playbookId").asString();

        web.get().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.prospectDomain").isEqualTo(domain)
                .jsonPath("$.generatedAt").isEqualTo(json.get("generatedAt").asString())
                .jsonPath("$.personas.length()").isEqualTo(3)
                .jsonPath("$.personas[0].sequence[3].day").isEqualTo(14)
                .jsonPath("$.leads[0].leadId").isEqualTo(leadId.toString())
                .jsonPath("$.leads[0].relation").isEqualTo("waiting");

        String csv = web.get().uri("/api/v1/playbooks/{id}/export?format=csv", playbookId)
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"playbook-" + domain + "-csv.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("\uFEFFlead_id,email,first_name,last_name,company_name,job_title,persona_key");
        assertThat(csv).contains(leadId + ",jo.bloggs@example.com.au,Jo,Bloggs,Acme Plumbing Supplies,Head of Sales,head_of_sales,")
                .contains("\"Hi Jo,\n\nTeams like Acme Plumbing Supplies").contains("{{senderName}}").doesNotContain("{{firstName}}");
        web.get().uri("/api/v1/playbooks/{id}/export?format=lemlist", playbookId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).startsWith("\uFEFFemail,firstName,lastName,companyName,phone,linkedinUrl,icebreaker")
                        .contains("jo.bloggs@example.com.au,Jo,Bloggs,Acme Plumbing Supplies"));
        web.get().uri("/api/v1/playbooks/{id}/export?format=smartlead", playbookId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].lead_list[0].email").isEqualTo("jo.bloggs@example.com.au")
                .jsonPath("$[0].lead_list[0].custom_fields.subject1").exists();
        web.get().uri("/api/v1/playbooks/{id}/export?format=instantly", playbookId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.leads[0].first_name").isEqualTo("Jo")
                .jsonPath("$.leads[0].custom_variables.body4").exists();
        web.get().uri("/api/v1/playbooks/{id}/export?format=json", playbookId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.playbook.id").isEqualTo(playbookId)
                .jsonPath("$.rows[0].email").isEqualTo("jo.bloggs@example.com.au");
        web.get().uri("/api/v1/playbooks/{id}/export?format=xml", playbookId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.format").exists();
        web.get().uri("/api/v1/playbooks/{id}/export?format=csv", playbookId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void leadsOfOneAccountShareOnePlaybookThatIsAnnouncedOnce() {
        String domain = aProspectDomain();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstEvent = publishLead(first, ACME, "warm", "Managing Director", domain);
        String secondEvent = publishLead(second, ACME, "hot", "Operations Manager", domain);
        awaitProcessed(firstEvent, secondEvent);

        var generated = events.await("playbook.generated", forProspect(domain));
        List<String> named = strings(EventJson.tree(generated.value()).get("waitingLeadIds"));
        String playbookId = EventJson.tree(generated.value()).get("playbookId").asString();
        var body = web.get().uri("/api/v1/playbooks/{id}", playbookId)
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "member")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode leads = EventJson.tree(body).get("leads");
        assertThat(leads).hasSize(2);
        List<String> attached = new ArrayList<>();
        leads.forEach(lead -> {
            if (lead.get("relation").asString().equals("attached")) {
                attached.add(lead.get("leadId").asString());
            }
        });
        assertThat(named).doesNotContainAnyElementsOf(attached);
        assertThat(concat(named, attached)).containsExactlyInAnyOrder(first.toString(), second.toString());

        awaitEverythingEarlierPublishedFor(ACME);
        assertThat(events.records("playbook.generated")).filteredOn(forProspect(domain)).hasSize(1);
        web.get().uri(u -> u.path("/api/v1/playbooks").queryParam("prospectDomain", domain).build())
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].leadCount").isEqualTo(2);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String domain = aProspectDomain();
        UUID leadId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = leadScored(leadId, ACME, "hot", "CEO", domain);
        events.publishWithId(eventId, "lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, payload);
        events.await("playbook.generated", forProspect(domain));
        double duplicatesBefore = duplicatesSkipped();

        events.publishWithId(eventId, "lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, payload);

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesSkipped() > duplicatesBefore);
        awaitEverythingEarlierPublishedFor(ACME);
        assertThat(events.records("playbook.generated")).filteredOn(forProspect(domain)).hasSize(1);
        assertThat(db.sql("SELECT count(*) AS n FROM playbook_lead WHERE lead_id = :id").bind("id", leadId)
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
    }

    @Test
    void deadLeadsAndLeadsWithoutACompanyDomainGetNoPlaybook() {
        String deadDomain = aProspectDomain();
        String dead = publishLead(UUID.randomUUID(), ACME, "dead", "Managing Director", deadDomain);
        String noDomain = publishLead(UUID.randomUUID(), ACME, "hot", "Managing Director", null);
        String notADomain = publishLead(UUID.randomUUID(), ACME, "hot", "Managing Director", "acme pty ltd");
        awaitProcessed(dead, noDomain, notADomain);

        awaitEverythingEarlierPublishedFor(ACME);
        assertThat(events.records("playbook.generated")).filteredOn(forProspect(deadDomain)).isEmpty();
        assertThat(db.sql("SELECT count(*) AS n FROM playbook WHERE prospect_domain = :d").bind("d", deadDomain)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextGoodMessageIsStillProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        events.publishRaw("lead.scored", poisonKey, "{not json", Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", LEAD_SCORED_V1,
                "ce_specversion", "1.0", "ce_tenantid", ACME.toString()));
        String noEnvelopeKey = "no-envelope-" + UUID.randomUUID();
        events.publishRaw("lead.scored", noEnvelopeKey, "{}", Map.of());
        UUID strayTenant = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, strayTenant.toString(), ACME,
                leadScored(strayTenant, GLOBEX, "hot", "CEO", aProspectDomain()));
        UUID good = UUID.randomUUID();
        String goodDomain = aProspectDomain();
        publishLead(good, ACME, "hot", "CEO", goodDomain);

        var dead = events.await("lead.scored.dlq", withKey(poisonKey));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a valid");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("lead.scored");
        assertThat(dead.value()).isEqualTo("{not json");
        events.await("lead.scored.dlq", withKey(noEnvelopeKey));
        assertThat(header(events.await("lead.scored.dlq", withKey(strayTenant.toString())),
                "kafka_dlt-exception-message")).contains("ce_tenantid");
        events.await("playbook.generated", forProspect(goodDomain));
    }

    @Test
    void playbooksArePagedMostRecentFirstWithinTheCallersTenant() {
        UUID tenant = UUID.randomUUID();
        List<String> domains = List.of(aProspectDomain(), aProspectDomain(), aProspectDomain());
        for (String domain : domains) {
            publishLead(UUID.randomUUID(), tenant, "warm", "Marketing Manager", domain);
            events.await("playbook.generated", forProspect(domain));
        }
        String token = issuer.token(tenant, "viewer");

        web.get().uri("/api/v1/playbooks?page=0&size=2").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].prospectDomain").isEqualTo(domains.get(2))
                .jsonPath("$.items[1].prospectDomain").isEqualTo(domains.get(1))
                .jsonPath("$.items[0].leadCount").isEqualTo(1);
        web.get().uri("/api/v1/playbooks?page=1&size=2").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].prospectDomain").isEqualTo(domains.get(0));
        web.get().uri("/api/v1/playbooks").headers(h -> h.setBearerAuth(issuer.token(UUID.randomUUID(), "owner")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0).jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void anotherTenantsPlaybookIsNotFoundAndRequestsWithoutATokenAreUnauthorized() {
        String domain = aProspectDomain();
        publishLead(UUID.randomUUID(), ACME, "hot", "CEO", domain);
        String playbookId = EventJson.tree(events.await("playbook.generated", forProspect(domain)).value())
                .get("playbookId").asString();

        web.get().uri("/api/v1/playbooks/{id}", playbookId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .header("X-Tenant-Id", ACME.toString())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/not-found");
        web.get().uri(u -> u.path("/api/v1/playbooks").queryParam("prospectDomain", domain).build())
                .headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        web.get().uri("/api/v1/playbooks/{id}", playbookId).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/playbooks").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void badRequestsGetAProblemNotAServerError() {
        String token = issuer.token(ACME, "owner");
        web.get().uri("/api/v1/playbooks/{id}", "not-a-uuid").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/playbooks?size=1000&page=-1").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/invalid-request")
                .jsonPath("$.errors.size").exists()
                .jsonPath("$.errors.page").exists();
        web.get().uri("/api/v1/playbooks?page=first").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest();
        web.get().uri("/api/v1/playbooks?prospectDomain=not a domain").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.prospectDomain").exists();
        web.get().uri("/api/v1/playbooks").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isForbidden();
    }

    /** Publishes a lead.scored event and returns its ce_id. */
    String publishLead(UUID leadId, UUID tenant, String tier, String title, String companyDomain) {
        return events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), tenant,
                leadScored(leadId, tenant, tier, title, companyDomain));
    }

    /** Waits until the inbox has committed each event, that is until its handler's transaction is done. */
    void awaitProcessed(String... eventIds) {
        await().atMost(Duration.ofSeconds(30)).until(() -> db.sql(
                        "SELECT count(*) AS n FROM inbox_event WHERE consumer = 'playbook' AND event_id = ANY(:ids)")
                .bind("ids", eventIds).map(row -> row.get("n", Long.class)).one().block() == eventIds.length);
    }

    /**
     * Generates a marker playbook for the tenant and waits for it: the outbox relays in commit order and the topic
     * is keyed by tenant, so once the marker is on the topic every earlier event of the tenant is too.
     */
    void awaitEverythingEarlierPublishedFor(UUID tenant) {
        String marker = aProspectDomain();
        awaitProcessed(publishLead(UUID.randomUUID(), tenant, "hot", "CEO", marker));
        events.await("playbook.generated", forProspect(marker));
    }

    double duplicatesSkipped() {
        var counter = meters.find("agencyos.inbox.duplicates").counter();
        return counter == null ? 0 : counter.count();
    }

    static String aProspectDomain() {
        return "prospect-" + UUID.randomUUID().toString().substring(0, 8) + ".com.au";
    }

    static Predicate<ConsumerRecord<String, String>> forProspect(String domain) {
        return r -> domain.equals(EventJson.tree(r.value()).path("prospectDomain").asString());
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String leadScored(UUID leadId, UUID tenant, String tier, String title, String companyDomain) {
        String domain = companyDomain == null ? "null" : "\"" + companyDomain + "\"";
        return """
                {"leadId":"%s","tenantId":"%s","score":72,"tier":"%s","scoredAt":"2026-11-22T01:00:00Z",
                 "components":{"dataQuality":15,"authority":20,"companyFit":20,"timing":5,"risk":12},
                 "reasons":[],"weights":{"dataQuality":20,"authority":25,"companyFit":25,"timing":15,"risk":15},
                 "weightsSource":"default","allowedChannels":["email"],"firstScore":true,
                 "email":"jo.bloggs@example.com.au","firstName":"Jo","lastName":"Bloggs","title":"%s",
                 "companyName":"Acme Plumbing Supplies","companyDomain":%s,"country":"AU","futureField":{"x":1}}
                """.formatted(leadId, tenant, tier, title, domain);
    }
}
