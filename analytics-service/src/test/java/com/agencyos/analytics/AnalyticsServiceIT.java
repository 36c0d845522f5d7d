package com.agencyos.analytics;

import static com.agencyos.analytics.Events.deliveryBounced;
import static com.agencyos.analytics.Events.formReceived;
import static com.agencyos.analytics.Events.leadConverted;
import static com.agencyos.analytics.Events.leadEnriched;
import static com.agencyos.analytics.Events.leadScored;
import static com.agencyos.analytics.Events.playbookGenerated;
import static com.agencyos.analytics.Events.replyClassified;
import static com.agencyos.analytics.Events.suppressionChanged;
import static com.agencyos.analytics.Events.tenantChanged;
import static com.agencyos.analytics.Events.touchSent;
import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.fact.adapter.messaging.AnalyticsTopics;
import com.agencyos.analytics.fact.application.FactRecorder;
import com.agencyos.analytics.lead.application.LeadDirectory;
import com.agencyos.analytics.lead.domain.LeadSearch;
import com.agencyos.analytics.replay.adapter.messaging.TopicReplay;
import com.agencyos.analytics.report.application.Reports;
import com.agencyos.analytics.report.domain.ReportScope;
import com.agencyos.platform.events.AgencyEventsProperties;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.JsonNode;

/** Small rebuild batches, so a rebuild here runs through many of them as a large one does. */
@AgencyIntegrationTest
@TestPropertySource(properties = "agencyos.analytics.rebuild-batch=7")
class AnalyticsServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    @Autowired AgencyEventsProperties properties;
    @Autowired FactRecorder recorder;
    @Autowired TransactionalOperator tx;
    @Autowired TopicReplay replay;
    @Autowired LeadDirectory directory;
    @Autowired Reports reports;
    @Autowired AnalyticsProperties analyticsProperties;
    @Autowired Clock clock;
    @Autowired ConsumerFactory<?, ?> consumers;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrap;

    /** The machines these tests run on are shared and busy: give the service time to answer. */
    @BeforeEach
    void waitLongerForAnswers() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void migrationsRunAndEveryPlatformTopicButTheInternalSecretsIsConsumed() {
        assertThat(count("SELECT count(*) FROM databasechangelog WHERE id LIKE 'analytics-%'")).isEqualTo(3);
        assertThat(properties.consumes()).containsExactlyInAnyOrderElementsOf(AnalyticsTopics.CONSUMED)
                .doesNotContain("tenant.secrets");
        assertThat(properties.publishes()).containsExactly("scoring.weights.learned");
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

    @Test
    void theLeadDetailShowsEveryThreeSixtySectionBuiltFromItsEvents() {
        UUID tenant = UUID.randomUUID();
        UUID jo = UUID.randomUUID();
        String touchId = UUID.randomUUID().toString();
        List.of(formReceived(tenant, jo, at(0), "jo.bloggs@acme.com.au", "Jo", "Bloggs", "Acme"),
                leadEnriched(tenant, jo, at(1)),
                leadScored(tenant, jo, at(30), 88, "hot"),
                leadScored(tenant, jo, at(2), 60, "warm").with("components.authority", 10),
                playbookGenerated(tenant, jo, at(3), "acme.com.au"),
                touchSent(tenant, jo, at(60), "sent").with("touchId", touchId),
                touchSent(tenant, jo, at(61), "draft").with("step", 2),
                deliveryBounced(tenant, jo, at(100), "soft"),
                replyClassified(tenant, jo, at(120)).with("touchId", touchId),
                suppressionChanged(tenant, at(130), "added", "email", "jo.bloggs@acme.com.au"),
                leadConverted(tenant, jo, at(121)).with("touchId", touchId))
                .forEach(event -> event.publishTo(events));

        JsonNode lead = awaitLead(tenant, jo, view -> view.get("events").asInt() == 9
                && view.get("playbooks").size() == 1 && view.get("suppression").get("marks").size() == 2);

        JsonNode enrichment = lead.get("enrichment");
        assertThat(enrichment.get("status").asString()).isEqualTo("complete");
        assertThat(enrichment.get("provenance").get("contact.emailVerified").get("provider").asString())
                .isEqualTo("hunter");
        assertThat(enrichment.get("providerCalls")).hasSize(5);
        assertThat(enrichment.get("totalCostMicros").asLong()).isEqualTo(45_000);
        assertThat(lead.get("scores")).hasSize(2);
        assertThat(lead.get("scores").get(0).get("components").get("authority").asDouble()).isEqualTo(10.0);
        assertThat(lead.get("scores").get(1).get("score").asDouble()).isEqualTo(88.0);
        assertThat(lead.get("scores").get(1).get("weightsSource").asString()).isEqualTo("default");
        assertThat(lead.get("playbooks").get(0).get("prospectDomain").asString()).isEqualTo("acme.com.au");
        assertThat(lead.get("enrolments")).hasSize(1);
        assertThat(lead.get("enrolments").get(0).get("touchesSent").asInt()).isEqualTo(1);
        assertThat(lead.get("enrolments").get(0).get("lastStep").asInt()).isEqualTo(2);
        assertThat(lead.get("touches")).hasSize(2);
        assertThat(lead.get("touches").get(1).get("mode").asString()).isEqualTo("draft");
        assertThat(lead.get("replies").get(0).get("intent").asString()).isEqualTo("meeting_request");
        assertThat(lead.get("replies").get(0).get("touchId").asString()).isEqualTo(touchId);
        assertThat(lead.get("suppression").get("suppressed").asBoolean()).isTrue();
        assertThat(lead.get("suppression").get("marks").get(0).get("kind").asString()).isEqualTo("soft_bounce");
        assertThat(lead.get("suppression").get("marks").get(0).get("active").asBoolean()).isFalse();
        assertThat(lead.get("suppression").get("marks").get(1).get("reason").asString()).isEqualTo("hard_bounce");
        assertThat(lead.get("conversion").get("how").asString()).isEqualTo("meeting_request");
        assertThat(lead.get("timeline")).hasSize(9);
    }

    @Test
    void sortsByScoreOrFirstActivityFiltersByCampaignAndPagesWithinTheSort() {
        UUID tenant = UUID.randomUUID();
        UUID low = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        // Two leads that tie on score: the lead id breaks the tie, so their ids are chosen to sort one way.
        long shared = UUID.randomUUID().getMostSignificantBits();
        UUID unscored = new UUID(shared, 2);
        UUID otherCampaign = new UUID(shared, 1);
        String winter = "c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b02";
        record(leadScored(tenant, low, at(10), 40, "cool"));
        record(leadScored(tenant, high, at(5), 90, "hot"));
        record(formReceived(tenant, unscored, at(0), "ann@acme.com.au", "Ann", "Lee", "Acme"));
        record(formReceived(tenant, otherCampaign, at(1), "bo@acme.com.au", "Bo", "Ng", "Acme")
                .with("campaignId", winter));

        assertThat(leadIds(tenant, "sort=-score")).containsExactly(high, low, unscored, otherCampaign);
        assertThat(leadIds(tenant, "sort=firstEventAt")).containsExactly(unscored, otherCampaign, high, low);
        assertThat(leadIds(tenant, "campaign=" + winter)).containsExactly(otherCampaign);
        JsonNode first = page(tenant, "sort=score&limit=3");
        assertThat(ids(first)).containsExactly(otherCampaign, unscored, low);
        assertThat(ids(page(tenant, "sort=score&limit=3&cursor=" + first.get("nextCursor").asString())))
                .containsExactly(high);
        web.get().uri("/api/v1/leads?sort=-score&cursor=" + first.get("nextCursor").asString() + "&campaign=x&sort=name")
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.campaign").exists().jsonPath("$.errors.sort").exists();
        web.get().uri("/api/v1/leads?sort=-score&cursor=" + first.get("nextCursor").asString())
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.cursor").value(message -> assertThat(message.toString())
                        .contains("made for sort score"));
    }

    @Test
    void reportsTheFunnelChannelsTiersIntentsFirstTouchAndCostsOfTheCallersTenant() {
        UUID tenant = UUID.randomUUID();
        Instant day = Instant.parse("2025-03-10T00:00:00Z");
        UUID booked = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        String emailTouch = UUID.randomUUID().toString();
        String smsTouch = UUID.randomUUID().toString();
        record(formReceived(tenant, booked, day, "a@acme.com.au", "A", "A", "Acme"));
        record(leadEnriched(tenant, booked, day.plusSeconds(60)));
        record(leadScored(tenant, booked, day.plusSeconds(120), 90, "hot"));
        record(touchSent(tenant, booked, day.plusSeconds(3600), "sent").with("touchId", emailTouch)
                .with("variant", "a").with("costMicros", 0));
        record(replyClassified(tenant, booked, day.plusSeconds(7200)).with("touchId", emailTouch));
        record(leadConverted(tenant, booked, day.plusSeconds(7300)).with("touchId", emailTouch));
        record(formReceived(tenant, declined, day, "b@acme.com.au", "B", "B", "Acme"));
        record(leadScored(tenant, declined, day.plusSeconds(120), 20, "cold"));
        record(touchSent(tenant, declined, day.plusSeconds(10_800), "sent").with("touchId", smsTouch)
                .with("channel", "sms").with("variant", "b").with("costMicros", 5000));
        record(replyClassified(tenant, declined, day.plusSeconds(11_000)).with("touchId", smsTouch)
                .with("intent", "not_interested"));
        record(formReceived(tenant, waiting, day, "c@acme.com.au", "C", "C", "Acme"));
        String period = "from=2025-03-10&to=2025-03-10";

        JsonNode funnel = report(tenant, "funnel", period);
        assertThat(funnel.get("total").get("counts").toString()).isEqualTo("[3,1,2,2,2,2,1,1]");
        assertThat(funnel.get("campaigns")).hasSize(1);
        assertThat(funnel.get("campaigns").get(0).get("campaignId").asString())
                .isEqualTo("c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b01");
        assertThat(funnel.get("total").get("stepRates").get(6).asDouble()).isEqualTo(0.5);
        JsonNode channels = report(tenant, "channels", period).get("rows");
        assertThat(channels).hasSize(2);
        assertThat(List.of(channels.get(0).get("channel").asString(), channels.get(0).get("step").asInt(),
                channels.get(0).get("variant").asString(), channels.get(0).get("sent").asLong(),
                channels.get(0).get("replies").asLong(), channels.get(0).get("positive").asLong(),
                channels.get(0).get("meetings").asLong(), channels.get(0).get("meetingRate").asDouble()))
                .containsExactly("email", 1, "a", 1L, 1L, 1L, 1L, 1.0);
        assertThat(List.of(channels.get(1).get("channel").asString(), channels.get(1).get("variant").asString(),
                channels.get(1).get("replies").asLong(), channels.get(1).get("positive").asLong(),
                channels.get(1).get("replyRate").asDouble(), channels.get(1).get("positiveRate").asDouble()))
                .containsExactly("sms", "b", 1L, 0L, 1.0, 0.0);
        JsonNode tiers = report(tenant, "tiers", period);
        assertThat(tiers.get("days")).hasSize(1);
        assertThat(tiers.get("days").get(0).get("day").asString()).isEqualTo("2025-03-10");
        assertThat(tiers.get("days").get(0).get("leads").toString()).isEqualTo("{\"cold\":1,\"hot\":1}");
        JsonNode intents = report(tenant, "intents", period);
        assertThat(intents.get("replies").asLong()).isEqualTo(2);
        assertThat(intents.get("intents").get(0).get("share").asDouble()).isEqualTo(0.5);
        JsonNode firstTouch = report(tenant, "first-touch", period);
        assertThat(firstTouch.get("leads").asLong()).isEqualTo(3);
        assertThat(firstTouch.get("touched").asLong()).isEqualTo(2);
        assertThat(firstTouch.get("medianSeconds").asDouble()).isEqualTo(7200.0);
        assertThat(firstTouch.get("p90Seconds").asDouble()).isEqualTo(10_080.0);
        JsonNode costs = report(tenant, "costs", period);
        assertThat(costs.get("totalMicros").asLong()).as("email unit cost + sms as reported + enrichment calls")
                .isEqualTo(1000 + 5000 + 45_000);
        assertThat(costs.get("perLeadAud").asDouble()).isEqualTo(0.02);
        assertThat(costs.get("perMeetingAud").asDouble()).isEqualTo(0.05);

        String csv = web.get().uri("/api/v1/analytics/reports/funnel?format=csv&" + period)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().value("Content-Disposition", value -> assertThat(value).contains("funnel-2025-03-10"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("campaignId,captured,enriched,scored,enrolled,touched,replied,positiveReply,meeting,")
                .contains("\r\nall,3,1,2,2,2,2,1,1,");
        for (String name : List.of("channels", "tiers", "intents", "first-touch", "costs")) {
            web.get().uri("/api/v1/analytics/reports/" + name + "?format=csv&" + period)
                    .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                    .exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"));
        }
        JsonNode platform = EventJson.tree(web.get().uri("/api/v1/analytics/reports/funnel?" + period)
                .headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(platform.get("total").get("counts").get(0).asLong()).isGreaterThanOrEqualTo(3);
        assertThat(report(UUID.randomUUID(), "funnel", period).get("total").get("counts").get(0).asLong())
                .as("another tenant sees none of it").isZero();
    }

    @Test
    void badReportRequestsAreABadRequestOrNotFoundAndChangeNothing() {
        web.get().uri("/api/v1/analytics/reports/funnel?from=2025-13-01&to=yesterday&campaign=x&format=xml")
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors.format").exists();
        web.get().uri("/api/v1/analytics/reports/funnel?from=2025-13-01&to=yesterday&campaign=x")
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.from").exists().jsonPath("$.errors.to").exists()
                .jsonPath("$.errors.campaign").exists();
        web.get().uri("/api/v1/analytics/reports/funnel?from=2025-03-10&to=2025-03-01")
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.from").exists();
        web.get().uri("/api/v1/analytics/reports/funnel?from=2024-01-01&to=2025-03-01")
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors.to").exists();
        web.get().uri("/api/v1/analytics/reports/pipeline")
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/analytics/reports/funnel").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void learnsTheTenantsWeightsFromMeetingsAndPublishesThemForScoring() {
        UUID tenant = UUID.randomUUID();
        java.util.Random random = new java.util.Random(42);
        Instant longAgo = Instant.parse("2025-01-06T09:00:00Z");
        for (int i = 0; i < 240; i++) {
            UUID lead = UUID.randomUUID();
            double authority = random.nextInt(26);
            boolean meeting = random.nextDouble() < 1 / (1 + Math.exp(3 - 5 * authority / 25));
            record(leadScored(tenant, lead, longAgo, 50, "warm").with("components.authority", authority)
                    .with("components.dataQuality", random.nextInt(21)).with("components.timing", random.nextInt(16)));
            record(touchSent(tenant, lead, longAgo.plusSeconds(3600), "sent"));
            if (meeting) {
                record(leadConverted(tenant, lead, longAgo.plusSeconds(86_400)));
            }
        }

        web.post().uri("/api/v1/analytics/intelligence/weights")
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isForbidden();
        JsonNode learned = EventJson.tree(web.post().uri("/api/v1/analytics/intelligence/weights")
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "owner")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(learned).hasSize(1);
        assertThat(learned.get(0).get("published").asBoolean()).isTrue();
        assertThat(learned.get(0).get("sampleSize").asLong()).isEqualTo(240);
        var record = events.await("scoring.weights.learned", withKey(tenant.toString()));
        EventSchemas.assertValid("agencyos.scoring.weights-learned.v1", record.value());
        assertThat(header(record, "ce_type")).isEqualTo("agencyos.scoring.weights-learned.v1");
        assertThat(header(record, "ce_tenantid")).isEqualTo(tenant.toString());
        JsonNode payload = EventJson.tree(record.value());
        assertThat(payload.get("scope").asString()).isEqualTo("tenant");
        assertThat(payload.get("sampleSize").asLong()).isEqualTo(240);
        JsonNode weights = payload.get("weights");
        assertThat(weights.get("authority").asDouble()).isGreaterThan(weights.get("dataQuality").asDouble())
                .isGreaterThan(weights.get("companyFit").asDouble()).isGreaterThan(weights.get("timing").asDouble())
                .isGreaterThan(weights.get("risk").asDouble());

        UUID small = UUID.randomUUID();
        UUID only = UUID.randomUUID();
        record(leadScored(small, only, longAgo, 50, "warm"));
        record(touchSent(small, only, longAgo.plusSeconds(60), "sent"));
        JsonNode notLearned = EventJson.tree(web.post().uri("/api/v1/analytics/intelligence/weights")
                .headers(h -> h.setBearerAuth(issuer.token(small, "admin")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(notLearned).hasSize(1);
        assertThat(notLearned.get(0).get("published").asBoolean()).isFalse();
        assertThat(notLearned.get(0).get("sampleSize").asLong()).isEqualTo(1);
        assertThat(notLearned.get(0).get("reason").asString()).contains("at least 200");
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = '" + small + "'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = '" + tenant + "'")).isEqualTo(1);
    }

    @Test
    void rebuildingTheLeadViewFromTheFactsGivesTheSameAnswers() {
        UUID tenant = UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            UUID lead = UUID.randomUUID();
            record(formReceived(tenant, lead, at(i), "l" + i + "@acme.com.au", "L" + i, "Lee", "Acme"));
            record(leadScored(tenant, lead, at(i + 1), 10 * (i % 10), i % 2 == 0 ? "hot" : "cold"));
            if (i % 3 == 0) {
                record(touchSent(tenant, lead, at(i + 30), "sent"));
                record(leadEnriched(tenant, lead, at(i - 1)));
            }
        }
        String checksum = "SELECT md5(string_agg(row_to_json(v)::text, '|' ORDER BY lead_id)) FROM lead_view v"
                + " WHERE tenant_id = '" + tenant + "'";
        String before = db.sql(checksum).map(row -> row.get(0, String.class)).one().block();
        JsonNode pageBefore = page(tenant, "sort=-score&limit=100");

        web.post().uri("/api/v1/analytics/admin/rebuild").headers(h -> h.setBearerAuth(issuer.token(tenant, "owner")))
                .exchange().expectStatus().isForbidden();
        JsonNode rebuilt = EventJson.tree(web.post().uri("/api/v1/analytics/admin/rebuild")
                .headers(h -> h.setBearerAuth(issuer.platformAdminToken()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(rebuilt.get("leads").asLong()).isGreaterThanOrEqualTo(12);
        assertThat(rebuilt.get("facts").asLong()).isGreaterThanOrEqualTo(32);
        assertThat(db.sql(checksum).map(row -> row.get(0, String.class)).one().block()).isEqualTo(before);
        assertThat(page(tenant, "sort=-score&limit=100")).isEqualTo(pageBefore);
        assertThat(ids(pageBefore)).hasSize(12);
    }

    @Test
    void patternsAnswerAsJsonOrCsvAndWithholdEveryBucketBelowTheMinimumSample() {
        UUID tenant = UUID.randomUUID();
        for (int i = 0; i < 35; i++) {
            UUID lead = UUID.randomUUID();
            String touch = UUID.randomUUID().toString();
            record(touchSent(tenant, lead, i < 30 ? at(i) : at(60 + i), "sent").with("touchId", touch));
            if (i % 3 == 0) {
                record(replyClassified(tenant, lead, at(200 + i)).with("touchId", touch));
            }
        }
        String period = "from=2026-11-23&to=2026-11-23";

        JsonNode json = EventJson.tree(web.get().uri("/api/v1/analytics/intelligence/patterns?" + period)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        var csv = web.get().uri("/api/v1/analytics/intelligence/patterns?format=csv&" + period)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueEquals("Content-Disposition",
                        "attachment; filename=\"patterns-2026-11-23-2026-11-23.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(StreamSupport.stream(json.get("when").spliterator(), false)
                .map(b -> b.get("dimension").asString() + " " + b.get("bucket").asString() + " " + b.get("sample").asLong()))
                .containsExactly("hour 09 30", "weekday 1 Mon 35");
        assertThat(json.get("withheld").asInt()).isPositive();
        assertThat(csv).startsWith("pattern,dimension,bucket,sample,replies,replyRate,meetings,meetingRate\r\n")
                .contains("\r\nwhen,hour,09,30,10,")
                .contains("\r\nwhen,weekday,1 Mon,35,12,")
                .doesNotContain("when,hour,10");
        assertThat(csv.split("\r\n")).hasSize(1 + json.get("when").size() + json.get("how").size()
                + json.get("what").size());
        web.get().uri("/api/v1/analytics/intelligence/patterns?format=xml&" + period)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(body -> assertThat(body).contains("format"));
    }

    @Test
    void replayingTheTopicsIntoAFreshDatabaseGivesTheSameLeadsDossierAndFunnel() throws Exception {
        UUID tenant = UUID.randomUUID();
        UUID jo = UUID.randomUUID();
        UUID sam = UUID.randomUUID();
        String touchId = UUID.randomUUID().toString();
        String twice = UUID.randomUUID().toString();
        List.of(formReceived(tenant, jo, at(0), "jo@acme.com.au", "Jo", "Bloggs", "Acme"),
                leadEnriched(tenant, jo, at(1)),
                leadScored(tenant, jo, at(2), 88, "hot"),
                playbookGenerated(tenant, jo, at(3), "acme.com.au"),
                touchSent(tenant, jo, at(60), "sent").with("touchId", touchId),
                replyClassified(tenant, jo, at(120)).with("touchId", touchId),
                leadConverted(tenant, jo, at(121)).with("touchId", touchId),
                suppressionChanged(tenant, at(130), "added", "email", "jo.bloggs@acme.com.au"),
                formReceived(tenant, sam, at(5), "sam@globex.com.au", "Sam", "Lee", "Globex"),
                deliveryBounced(tenant, sam, at(70), "hard"))
                .reversed().forEach(event -> event.publishTo(events));
        Events scored = leadScored(tenant, sam, at(6), 30, "cold");
        scored.publishTo(events, twice);
        scored.publishTo(events, twice);
        events.publishRaw("lead.scored", sam.toString(), "{not json", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "agencyos.lead.scored.v1", "ce_specversion", "1.0", "ce_tenantid", tenant.toString()));
        awaitLead(tenant, jo, view -> view.get("events").asInt() == 6 && view.get("playbooks").size() == 1
                && view.get("suppression").get("marks").size() == 1);
        awaitLead(tenant, sam, view -> view.get("events").asInt() == 3);
        LeadSearch everyLead = LeadSearch.parse(null, null, null, null, null, "100", null, null, "-score");
        ReportScope day = ReportScope.parse(tenant, "2026-11-23", "2026-11-23", null, LocalDate.of(2026, 11, 23));
        var liveLeads = directory.search(tenant, everyLead).block();
        var liveDossier = directory.history(tenant, jo).block();
        var liveFunnel = reports.funnel(day).block();
        String views = "SELECT md5(string_agg(row_to_json(v)::text, '|' ORDER BY lead_id)) FROM lead_view v"
                + " WHERE tenant_id = '" + tenant + "'";
        String liveViews = db.sql(views).map(row -> row.get(0, String.class)).one().block();

        try (ReplayDatabase fresh = new ReplayDatabase(analyticsProperties, clock)) {
            assertThat(fresh.count("SELECT count(*) FROM event_fact")).isZero();
            TopicReplay.Outcome replayed = replay.replay(fresh.intake);

            assertThat(fresh.directory.search(tenant, everyLead).block()).isEqualTo(liveLeads);
            assertThat(fresh.directory.history(tenant, jo).block()).isEqualTo(liveDossier);
            assertThat(fresh.reports.funnel(day).block()).isEqualTo(liveFunnel);
            assertThat(fresh.db.sql(views).map(row -> row.get(0, String.class)).one().block()).isEqualTo(liveViews);
            assertThat(liveLeads.items()).extracting(view -> view.leadId()).containsExactly(jo, sam);
            assertThat(liveDossier.timeline()).hasSize(6);
            assertThat(liveFunnel.total().counts()).containsExactly(2L, 1L, 2L, 1L, 1L, 1L, 1L, 1L);
            assertThat(fresh.count("SELECT count(*) FROM event_fact WHERE tenant_id = '" + tenant + "'")).isEqualTo(11);
            assertThat(replayed.duplicates()).isPositive();
            assertThat(replayed.poison()).isPositive();
            assertThat(replayed.truncated()).isEmpty();
            assertThat(replayed.records()).isEqualTo(replayed.recorded() + replayed.duplicates() + replayed.poison()
                    + replayed.tombstones());

            String group = "analytics-replay-it-" + UUID.randomUUID();
            TopicReplay.Outcome again = new TopicReplay(consumers, clock, group).replay(fresh.intake);

            assertThat(again.recorded()).isZero();
            assertThat(fresh.db.sql(views).map(row -> row.get(0, String.class)).one().block()).isEqualTo(liveViews);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                var latest = admin.listOffsets(committed.keySet().stream().collect(java.util.stream.Collectors.toMap(
                        partition -> partition, partition -> OffsetSpec.latest()))).all().get();
                assertThat(committed.keySet()).extracting(TopicPartition::topic)
                        .containsAll(AnalyticsTopics.CONSUMED);
                committed.forEach((partition, offset) -> assertThat(offset.offset())
                        .as("committed offset of %s", partition).isEqualTo(latest.get(partition).offset()));
            }
        }
        assertThat(db.sql(views).map(row -> row.get(0, String.class)).one().block()).isEqualTo(liveViews);
    }

    /** Records the event as the listener would, straight into the facts: for histories too long to send one by one. */
    void record(Events event) {
        JsonNode payload = EventJson.tree(event.json());
        String timeField = switch (event.type()) {
            case "agencyos.form.received.v1", "agencyos.reply.classified.v1" -> "receivedAt";
            case "agencyos.lead.enriched.v1" -> "enrichedAt";
            case "agencyos.lead.scored.v1" -> "scoredAt";
            case "agencyos.touch.sent.v1" -> "sentAt";
            case "agencyos.lead.converted.v1" -> "convertedAt";
            default -> "occurredAt";
        };
        recorder.record(event.fact(Instant.parse(payload.get(timeField).asString()))).as(tx::transactional).block();
    }

    JsonNode report(UUID tenant, String name, String query) {
        return EventJson.tree(web.get().uri("/api/v1/analytics/reports/" + name + "?" + query)
                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
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
