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
