package com.agencyos.analytics;

import static com.agencyos.analytics.Events.formReceived;
import static com.agencyos.analytics.Events.leadConverted;
import static com.agencyos.analytics.Events.leadEnriched;
import static com.agencyos.analytics.Events.leadScored;
import static com.agencyos.analytics.Events.replyClassified;
import static com.agencyos.analytics.Events.tenantChanged;
import static com.agencyos.analytics.Events.touchSent;
import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.analytics.fact.adapter.messaging.AnalyticsTopics;
import com.agencyos.platform.events.AgencyEventsProperties;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@AgencyIntegrationTest
class AnalyticsServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    @Autowired AgencyEventsProperties properties;

    /** The machines these tests run on are shared and busy: give the service time to answer. */
    @BeforeEach
    void waitLongerForAnswers() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void migrationsRunAndEveryPlatformTopicButTheInternalSecretsIsConsumed() {
        assertThat(count("SELECT count(*) FROM databasechangelog WHERE id LIKE 'analytics-%'")).isEqualTo(2);
        assertThat(properties.consumes()).containsExactlyInAnyOrderElementsOf(AnalyticsTopics.CONSUMED)
                .doesNotContain("tenant.secrets");
        assertThat(properties.publishes()).isEmpty();
    }

    @Test
    void buildsTheLeadViewFromItsEventsAndShowsItsTimelineInOrder() {
        UUID tenant = UUID.randomUUID();
        UUID jo = UUID.randomUUID();
        List<Events> journey = List.of(
                formReceived(tenant, jo, at(0), "Jo.Bloggs@Acme.com.au", "Jo", "Bloggs", "Acme  Pty Ltd"),
                leadEnriched(tenant, jo, at(1)),
                leadScored(tenant, jo, at(2), 88, "hot"),
                touchSent(tenant, jo, at(60), "sent"),
                replyClassified(tenant, jo, at(120)),
                leadConverted(tenant, jo, at(121)));
        List<String> ids = journey.reversed().stream().map(event -> event.publishTo(events)).toList().reversed();

        JsonNode lead = awaitLead(tenant, jo, view -> view.get("events").asInt() == 6);

        assertThat(lead.get("status").asString()).isEqualTo("converted");
        assertThat(lead.get("score").asDouble()).isEqualTo(88.0);
        assertThat(lead.get("tier").asString()).isEqualTo("hot");
        assertThat(lead.get("email").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(lead.get("companyName").asString()).isEqualTo("Acme Plumbing Supplies");
        assertThat(lead.get("campaignId").asString()).isEqualTo("c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b01");
        assertThat(lead.get("firstEventAt").asString()).isEqualTo(at(0).toString());
        assertThat(lead.get("lastEventAt").asString()).isEqualTo(at(121).toString());
        assertThat(StreamSupport.stream(lead.get("timeline").spliterator(), false)
                .map(entry -> entry.get("eventId").asString()).toList()).isEqualTo(ids);
        JsonNode first = lead.get("timeline").get(0);
        assertThat(first.get("type").asString()).isEqualTo("agencyos.form.received.v1");
        assertThat(first.get("topic").asString()).isEqualTo("form.received");
        assertThat(first.get("payload").get("contact").get("email").asString()).isEqualTo("Jo.Bloggs@Acme.com.au");

        assertThat(leadIds(tenant, "tier=hot&status=converted&q=BLOGGS&minScore=88&maxScore=88")).containsExactly(jo);
        assertThat(leadIds(tenant, "q=acme plumbing")).containsExactly(jo);
        assertThat(leadIds(tenant, "minScore=88.5")).isEmpty();
        assertThat(leadIds(tenant, "tier=warm")).isEmpty();
        assertThat(leadIds(tenant, "status=touched")).isEmpty();
        assertThat(leadIds(tenant, "q=50%")).isEmpty();
    }

    @Test
    void aRedeliveredEventIsOneFactAndLeavesTheViewUnchanged() {
        UUID tenant = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Events scored = leadScored(tenant, lead, at(2), 71, "warm");
        scored.publishTo(events, eventId);
        JsonNode before = awaitLead(tenant, lead, view -> true);

        scored.publishTo(events, eventId);
        UUID marker = UUID.randomUUID();
        leadScored(tenant, marker, at(3), 10, "cold").keyedBy(lead.toString()).publishTo(events);
        awaitLead(tenant, marker, view -> true);

        assertThat(count("SELECT count(*) FROM event_fact WHERE event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(lead(tenant, lead)).isEqualTo(before);
        assertThat(before.get("events").asInt()).isEqualTo(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextGoodEventIsStillProcessed() {
        UUID tenant = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        events.publishRaw("lead.scored", key, "{not json", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "agencyos.lead.scored.v1", "ce_specversion", "1.0", "ce_tenantid", tenant.toString()));
        String noEnvelope = "no-envelope-" + UUID.randomUUID();
        events.publishRaw("touch.sent", noEnvelope, "{}", Map.of());
        UUID otherTenants = UUID.randomUUID();
        events.publish("lead.scored", "agencyos.lead.scored.v1", otherTenants.toString(), GLOBEX,
                leadScored(tenant, otherTenants, at(2), 50, "warm").json());
        UUID good = UUID.randomUUID();
        leadScored(tenant, good, at(2), 64, "warm").keyedBy(key).publishTo(events);

        var dead = events.await("lead.scored.dlq", withKey(key));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not JSON");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("lead.scored");
        assertThat(header(events.await("touch.sent.dlq", withKey(noEnvelope)), "kafka_dlt-exception-message"))
                .contains("not a CloudEvent");
        assertThat(header(events.await("lead.scored.dlq", withKey(otherTenants.toString())),
                "kafka_dlt-exception-message")).contains("does not match");
        assertThat(awaitLead(tenant, good, view -> true).get("score").asDouble()).isEqualTo(64.0);
        assertThat(count("SELECT count(*) FROM event_fact WHERE lead_id = '" + otherTenants + "'")).isZero();
    }

    @Test
    void unknownTypesAndFactsAboutNoLeadAreKeptAndChangeNoView() {
        UUID tenant = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        leadScored(tenant, lead, at(2), 80, "hot").publishTo(events);
        JsonNode before = awaitLead(tenant, lead, view -> true);
        events.publishRaw("tenant.changed", tenant.toString(), null, Map.of());

        String unknown = leadScored(tenant, lead, at(30), 5, "dead").retyped("agencyos.lead.rescored.v9")
                .publishTo(events);
        String changed = tenantChanged(tenant).publishTo(events);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM event_fact WHERE event_id IN ('"
                + unknown + "', '" + changed + "')") == 2);
        assertThat(count("SELECT count(*) FROM event_fact WHERE event_id = '" + changed + "' AND tenant_id = '"
                + tenant + "' AND lead_id IS NULL AND payload->>'tier' = 'velocity'")).isEqualTo(1);
        JsonNode after = lead(tenant, lead);
        assertThat(after.get("score")).isEqualTo(before.get("score"));
        assertThat(after.get("events")).isEqualTo(before.get("events"));
        assertThat(after.get("timeline")).hasSize(2);
        assertThat(events.recordsWithKey("tenant.changed.dlq", tenant.toString()))
                .as("a tombstone is skipped, not dead-lettered").isEmpty();
    }

    @Test
    void pagesThroughTheTenantsLeadsMostRecentActivityFirst() {
        UUID tenant = UUID.randomUUID();
        UUID early = UUID.randomUUID();
        UUID middle = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        formReceived(tenant, middle, at(60), "mia@harbour.com.au", "Mia", "Chen", "Harbour Logistics").publishTo(events);
        formReceived(tenant, late, at(120), "li@globex.com", "Li", "Wong", "Globex").publishTo(events);
        formReceived(tenant, early, at(0), "sam@acme.com.au", "Sam", "Taylor", "Acme").publishTo(events);
        await().atMost(Duration.ofSeconds(30)).until(() -> leadIds(tenant, "").size() == 3);

        JsonNode first = page(tenant, "limit=2");
        assertThat(ids(first)).containsExactly(late, middle);
        JsonNode second = page(tenant, "limit=2&cursor=" + first.get("nextCursor").asString());
        assertThat(ids(second)).containsExactly(early);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(leadIds(tenant, "q=harbour")).containsExactly(middle);
        assertThat(leadIds(tenant, "status=captured")).containsExactly(late, middle, early);
    }

    @Test
    void anotherTenantsLeadIsNotFoundAndRequestsWithoutATokenAreUnauthorized() {
        UUID lead = UUID.randomUUID();
        formReceived(ACME, lead, at(0), "kim@acme.com.au", "Kim", "Lee", "Acme").publishTo(events);
        awaitLead(ACME, lead, view -> true);

        web.get().uri("/api/v1/leads/{id}", lead).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .header("X-Tenant-Id", ACME.toString())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/not-found");
        assertThat(leadIds(GLOBEX, "q=kim")).isEmpty();
        web.get().uri("/api/v1/leads/{id}", lead).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/leads").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/leads").headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void badFilterValuesAreABadRequestNamingEachParameter() {
        web.get().uri("/api/v1/leads?tier=lukewarm&status=lost&minScore=abc&maxScore=101&limit=500&cursor=zzz")
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/invalid-request")
                .jsonPath("$.errors.tier").exists()
                .jsonPath("$.errors.status").exists()
                .jsonPath("$.errors.minScore").exists()
                .jsonPath("$.errors.maxScore").exists()
                .jsonPath("$.errors.limit").exists()
                .jsonPath("$.errors.cursor").exists();
        web.get().uri("/api/v1/leads/{id}", "not-a-uuid").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static Instant at(int minutes) {
        return MORNING.plus(Duration.ofMinutes(minutes));
    }

    long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    JsonNode lead(UUID tenant, UUID leadId) {
        var result = web.get().uri("/api/v1/leads/{id}", leadId)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectBody(String.class).returnResult();
        if (result.getStatus().value() == HttpStatus.NOT_FOUND.value()) {
            return null;
        }
        assertThat(result.getStatus().value()).isEqualTo(200);
        return EventJson.tree(result.getResponseBody());
    }

    JsonNode awaitLead(UUID tenant, UUID leadId, Predicate<JsonNode> until) {
        return await("lead " + leadId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> lead(tenant, leadId), view -> view != null && until.test(view));
    }

    JsonNode page(UUID tenant, String query) {
        String body = web.get().uri("/api/v1/leads?" + query)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return EventJson.tree(body);
    }

    List<UUID> leadIds(UUID tenant, String query) {
        return ids(page(tenant, query));
    }

    static List<UUID> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> UUID.fromString(item.get("leadId").asString())).toList();
    }
}
