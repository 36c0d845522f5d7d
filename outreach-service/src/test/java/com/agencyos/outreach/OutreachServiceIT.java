package com.agencyos.outreach;

import static com.agencyos.platform.test.EventProbe.header;
import static com.agencyos.platform.test.EventProbe.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.enrollment.application.TouchScheduler;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import com.agencyos.platform.test.TestIssuer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

@AgencyIntegrationTest
class OutreachServiceIT {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";
    static final String MESSAGE_ID = "^<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@outreach\\.agencyos\\.local>$";

    static final GreenMail SMTP = new GreenMail(ServerSetup.SMTP.dynamicPort());
    /** Form bodies Twilio's stand-in received; it refuses the number +61400000400 as Twilio does an invalid one. */
    static final List<Map<String, String>> TWILIO_SMS = new CopyOnWriteArrayList<>();
    static final HttpServer TWILIO = twilioStandIn();

    /** Only SMS gets a provider here: LinkedIn and voice steps in send mode stay tasks, as the other tests expect. */
    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("agencyos.outreach.providers.twilio.base-url", () -> "http://127.0.0.1:" + TWILIO.getAddress().getPort());
        registry.add("agencyos.outreach.providers.twilio.account-sid", () -> "AC-it");
        registry.add("agencyos.outreach.providers.twilio.auth-token", () -> "it-token");
        registry.add("agencyos.outreach.providers.twilio.from", () -> "+61400000001");
    }

    static HttpServer twilioStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/2010-04-01/Accounts/AC-it/Messages.json", exchange -> {
                Map<String, String> form = new java.util.LinkedHashMap<>();
                for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                    String[] parts = pair.split("=", 2);
                    form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
                form.put("Authorization", exchange.getRequestHeaders().getFirst("Authorization"));
                TWILIO_SMS.add(form);
                boolean invalid = "+61400000400".equals(form.get("To"));
                byte[] answer = (invalid ? "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\",\"status\":400}"
                        : "{\"sid\":\"SM" + UUID.randomUUID().toString().replace("-", "") + "\",\"status\":\"queued\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(invalid ? 400 : 201, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired EventProbe events;
    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    @Autowired TouchScheduler scheduler;
    @Autowired TestClock clock;
    @Autowired @Qualifier("schedulerLoop") SmartLifecycle schedulerLoop;

    /** The service reads time from this clock: a weekday morning in Sydney, which the test moves when it must. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ControlledTime {
        @Bean
        TestClock testClock() {
            return TestClock.atNextWeekdayMorningInSydney();
        }
    }

    @BeforeAll
    static void startTheSmtpSink() {
        SMTP.start();
    }

    @AfterAll
    static void stopTheSmtpSink() {
        SMTP.stop();
        TWILIO.stop(0);
    }

    @Test
    void migrationsCreateTheTablesOutreachOwns() {
        List<String> tables = db.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name""")
                .map(row -> row.get("table_name", String.class)).all().collectList().block();

        assertThat(tables).contains("campaign", "tenant_plan", "scheduled_touch", "resource_usage", "touch_skip", "sending_resource", "lead", "enrollment", "touch", "reply", "playbook", "task", "unsubscribe", "tenant_sending_mode", "approval",
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
    void aCampaignWaitingForAPlaybookHoldsTheLeadUntilThePlaybookNamesItAndThenWritesThePlaybooksSequence() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(openAllDay("""
                        {"name":"Playbook-led","settings":{"permissionMode":"autopilot","waitForPlaybook":true,%s},
                         "sequence":{"source":"playbook"}}""".formatted(NEW_YORK_HOURS)))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID held = UUID.randomUUID();

        events.publish("lead.scored", LEAD_SCORED_V1, held.toString(), tenant, leadScored(held, tenant, "hot", UUID.fromString(campaignId)));
        Awaitility.await("the lead held for its playbook").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("SELECT status || ' ' || coalesce(reason, '') AS s FROM enrollment WHERE lead_id = :l").bind("l", held)
                        .map(row -> row.get("s", String.class)).one().blockOptional().orElse(""),
                        "waiting Waiting for the account playbook of acme.com.au"::equals);
        assertThat(db.sql("SELECT count(*) AS n FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id WHERE e.lead_id = :l")
                .bind("l", held).map(row -> row.get("n", Long.class)).one().block()).as("no step before the playbook").isZero();
        assertThat(events.recordsWithKey("touch.sent", held.toString())).isEmpty();

        events.publish("playbook.generated", "agencyos.playbook.generated.v1", tenant.toString(), tenant,
                playbookGenerated(UUID.randomUUID(), held).replace(ACME.toString(), tenant.toString()));

        var touch = events.await("touch.sent", withKey(held.toString()));
        EventSchemas.assertValid(touch);
        JsonNode json = EventJson.tree(touch.value());
        assertThat(json.get("step").asInt()).isEqualTo(1);
        assertThat(json.get("subject").asString()).isEqualTo("Jo, quotes for trade customers");
        assertThat(json.get("contentSnapshot").asString()).isEqualTo("Hi Jo, ...");
        assertThat(json.get("variant").asString()).isEqualTo("playbook");
        assertThat(enrollmentOf(held)).isEqualTo("active ");
        assertThat(dueInDays(held, 2)).as("the playbook's day 3 follows its day 1").isEqualTo(2);

        UUID sameCompany = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, sameCompany.toString(), tenant,
                leadScored(sameCompany, tenant, "warm", UUID.fromString(campaignId)));
        JsonNode next = EventJson.tree(events.await("touch.sent", withKey(sameCompany.toString())).value());
        assertThat(next.get("subject").asString()).as("its company's playbook is here already").isEqualTo("Jo, quotes for trade customers");
        assertThat(events.recordsWithKey("touch.sent", held.toString())).hasSize(1);
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

    @Test
    void aCampaignIsCreatedEditedMovedThroughItsLifeAndSoftDeletedWithRoles() {
        UUID tenant = UUID.randomUUID();
        String viewer = issuer.token(tenant, "viewer");
        String member = issuer.token(tenant, "member");
        String admin = issuer.token(tenant, "admin");

        web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(viewer)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CUSTOM_CAMPAIGN).exchange().expectStatus().isForbidden();
        var created = web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CUSTOM_CAMPAIGN)
                .exchange().expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("draft")
                .jsonPath("$.origin").isEqualTo("user")
                .jsonPath("$.sendingMode").isEqualTo("draft_only")
                .jsonPath("$.settings.permissionMode").isEqualTo("co_pilot")
                .jsonPath("$.settings.channelAllocation.email").isEqualTo(100)
                .jsonPath("$.settings.sendingWindow.timeZone").isEqualTo("America/New_York")
                .jsonPath("$.settings.sendingWindow.days").isEqualTo(List.of("mon", "wed", "fri"))
                .jsonPath("$.sequence.source").isEqualTo("custom")
                .jsonPath("$.sequence.steps[1].day").isEqualTo(4)
                .jsonPath("$.sequence.steps[0].variants[1].split").isEqualTo(50)
                .returnResult();
        String id = EventJson.tree(new String(created.getResponseBodyContent())).get("id").asString();
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/v1/campaigns/" + id);

        web.get().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(viewer)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Plumbers in New York");
        web.put().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(member)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Plumbers, built-in copy\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sequence.source").isEqualTo("built_in")
                .jsonPath("$.sequence.steps[*].day").isEqualTo(List.of(1, 3, 7, 14))
                .jsonPath("$.settings.permissionMode").isEqualTo("autopilot");
        status(member, id, "paused").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/invalid-status-transition");
        status(member, id, "active").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("active");
        web.put().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(member)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Renamed while active\"}").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/campaign-not-editable");
        status(viewer, id, "paused").expectStatus().isForbidden();
        status(member, id, "paused").expectStatus().isOk();
        status(member, id, "active").expectStatus().isOk();
        status(member, id, "completed").expectStatus().isOk();
        status(member, id, "active").expectStatus().isEqualTo(409);

        web.delete().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isForbidden();
        web.delete().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isNoContent();
        web.get().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(viewer)).exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isNotFound();
        assertThat(db.sql("SELECT deleted_at IS NOT NULL AS gone FROM campaign WHERE id = :id").bind("id", UUID.fromString(id))
                .map(row -> row.get("gone", Boolean.class)).one().block()).isTrue();
        web.get().uri("/api/v1/campaigns/{id}", id).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "owner")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void badCampaignInputIsA400NamingTheFieldAndWritesNothing() {
        UUID tenant = UUID.randomUUID();
        String member = issuer.token(tenant, "member");
        Map<String, String> badBodies = Map.of(
                "{\"name\":\"X\",\"settings\":{\"channelAllocation\":{\"email\":60,\"sms\":30}}}", "settings.channelAllocation",
                "{\"name\":\"X\",\"settings\":{\"channelAllocation\":{\"pigeon\":100}}}", "settings.channelAllocation.pigeon",
                "{\"name\":\"X\",\"settings\":{\"sendingWindow\":{\"timeZone\":\"Mars/Olympus\",\"days\":[\"mon\"],"
                        + "\"start\":\"09:00\",\"end\":\"17:00\"}}}", "settings.sendingWindow.timeZone",
                "{\"name\":\"X\",\"settings\":{\"sendingWindow\":{\"timeZone\":\"UTC\",\"days\":[\"mon\"],"
                        + "\"start\":\"17:00\",\"end\":\"09:00\"}}}", "settings.sendingWindow.end",
                "{\"name\":\"X\",\"settings\":{\"permissionMode\":\"yolo\"}}", "settings.permissionMode",
                "{\"name\":\"X\",\"sequence\":{\"steps\":[{\"day\":1,\"subject\":\"Hi\",\"body\":\"Hi {{shoeSize}}\"}]}}",
                "sequence.steps[0].variants[0].body",
                "{\"name\":\"X\",\"sequence\":{\"steps\":[{\"day\":1,\"variants\":[{\"key\":\"a\",\"split\":60,"
                        + "\"subject\":\"Hi\",\"body\":\"Hi\"},{\"key\":\"b\",\"split\":30,\"subject\":\"Yo\",\"body\":\"Yo\"}]}]}}",
                "sequence.steps[0].variants",
                "{\"name\":\"X\",\"sequence\":{\"steps\":[{\"day\":3,\"subject\":\"A\",\"body\":\"A\"},"
                        + "{\"day\":2,\"subject\":\"B\",\"body\":\"B\"}]}}", "sequence.steps[1].day",
                "{\"name\":\"\"}", "name");

        badBodies.forEach((body, field) -> web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/invalid-request")
                .jsonPath("$.errors['%s']".formatted(field)).exists());
        web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(member)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.put().uri("/api/v1/campaigns/{id}/status", "not-a-uuid").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"status\":\"active\"}").exchange().expectStatus().isBadRequest();
        status(member, UUID.randomUUID().toString(), "finished").expectStatus().isBadRequest();
        status(member, UUID.randomUUID().toString(), "active").expectStatus().isNotFound();

        assertThat(db.sql("SELECT count(*) AS n FROM campaign WHERE tenant_id = :t").bind("t", tenant)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void theTiersActiveCampaignLimitComesFromTenantChangedAndOnlyANewerVersionChangesIt() {
        UUID tenant = UUID.randomUUID();
        String member = issuer.token(tenant, "member");
        publishTenantChanged(tenant, 1, 3);
        awaitPlanVersion(tenant, 3);
        publishTenantChanged(tenant, 9, 2);
        UUID marker = UUID.randomUUID();
        publishTenantChanged(marker, tenant.toString(), 1, 1);
        awaitPlanVersion(marker, 1);
        assertThat(planLimit(tenant)).isEqualTo(1);

        String first = createDraft(member);
        String second = createDraft(member);
        status(member, first, "active").expectStatus().isOk();
        status(member, second, "active").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/active-campaign-limit")
                .jsonPath("$.detail").isEqualTo("The velocity tier allows 1 active campaign and 1 are active: pause or complete one first.");
        status(member, first, "paused").expectStatus().isOk();
        status(member, second, "active").expectStatus().isOk();
        status(member, first, "active").expectStatus().isEqualTo(409);

        publishTenantChanged(tenant, 2, 4);
        awaitPlanVersion(tenant, 4);
        status(member, first, "active").expectStatus().isOk();
    }

    @Test
    void aLeadNamingACustomCampaignGetsItsVariantAndAPausedCampaignEnrolsNoOne() {
        String owner = issuer.token(ACME, "owner");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(openAllDay(CUSTOM_CAMPAIGN)).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(owner, campaignId, "active").expectStatus().isOk();
        UUID leadId = UUID.randomUUID();

        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME,
                leadScored(leadId, ACME, "hot", UUID.fromString(campaignId)));
        JsonNode approval = awaitApproval(ACME, leadId);
        assertThat(events.recordsWithKey("touch.sent", leadId.toString())).as("co-pilot: nothing before approval").isEmpty();
        web.post().uri("/api/v1/approvals/{id}/approve", approval.get("id").asString()).headers(h -> h.setBearerAuth(owner)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("approved");

        var touch = events.await("touch.sent", withKey(leadId.toString()));
        EventSchemas.assertValid(touch);
        JsonNode json = EventJson.tree(touch.value());
        assertThat(json.get("campaignId").asString()).isEqualTo(campaignId);
        assertThat(json.get("variant").asString()).isIn("a", "b");
        assertThat(json.get("subject").asString()).isEqualTo(json.get("variant").asString().equals("a")
                ? "Jo, trade pricing at Acme Plumbing Supplies?" : "Quotes for Acme Plumbing Supplies");
        assertThat(json.get("contentSnapshot").asString()).startsWith("Hi Jo,");
        web.get().uri("/api/v1/touches/{id}", json.get("touchId").asString()).headers(h -> h.setBearerAuth(owner))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.subject").isEqualTo(json.get("subject").asString());

        status(owner, campaignId, "paused").expectStatus().isOk();
        UUID late = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, late.toString(), ACME, leadScored(late, ACME, "hot", UUID.fromString(campaignId)));
        Awaitility.await("the late lead to be declined").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> web.get().uri("/api/v1/campaigns/{id}/enrollments", campaignId)
                        .headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isOk().expectBody()
                        .jsonPath("$[?(@.leadId == '%s')].status".formatted(late)).isEqualTo("not_enrolled")
                        .jsonPath("$[?(@.leadId == '%s')].reason".formatted(late))
                        .isEqualTo("Campaign 'Plumbers in New York' is paused: it enrols no one"));
        web.get().uri("/api/v1/campaigns/{id}/enrollments", campaignId).headers(h -> h.setBearerAuth(owner))
                .exchange().expectBody().jsonPath("$[?(@.leadId == '%s')].status".formatted(leadId)).isEqualTo("active");
        assertThat(events.recordsWithKey("touch.sent", late.toString())).isEmpty();
    }

    @Test
    void theBuiltInInboundCampaignIsActiveAndCannotBeDeleted() {
        UUID leadId = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, leadId.toString(), ACME, leadScored(leadId, ACME, "hot", null));
        String campaignId = EventJson.tree(events.await("touch.sent", withKey(leadId.toString())).value()).get("campaignId").asString();

        web.get().uri("/api/v1/campaigns/{id}", campaignId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("active")
                .jsonPath("$.origin").isEqualTo("inbound")
                .jsonPath("$.sequence.source").isEqualTo("built_in");
        web.delete().uri("/api/v1/campaigns/{id}", campaignId).headers(h -> h.setBearerAuth(issuer.token(ACME, "owner")))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/built-in-campaign");
    }

    @Test
    void sendingResourcesAreAddedByOwnersAndAdminsWithTheirDefaultsAndBadOnesAreRefused() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");

        web.post().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(issuer.token(tenant, "member")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(mailbox("jo@acme-mail.com.au", null, false))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(mailbox("jo@Acme-Mail.com.au", null, true))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.channel").isEqualTo("email")
                .jsonPath("$.domain").isEqualTo("acme-mail.com.au")
                .jsonPath("$.dailyLimit").isEqualTo(50)
                .jsonPath("$.limitToday").isEqualTo(10)
                .jsonPath("$.usedToday").isEqualTo(0);
        web.post().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\":\"linkedin_seat\",\"name\":\"Jo\",\"address\":\"https://www.linkedin.com/in/jo-bloggs\"}")
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.dailyLimit").isEqualTo(17);
        web.post().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\":\"sms_number\",\"name\":\"AU\",\"address\":\"+61412345678\"}")
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.dailyLimit").isEqualTo(100);

        Map<String, String> bad = Map.of(
                mailbox("not-an-address", null, false), "address",
                mailbox("jo@acme.com.au", 0, false), "dailyLimit",
                mailbox("jo@acme.com.au", null, false).replace("\"postalAddress\":\"1 George St, Sydney NSW 2000\",", ""), "postalAddress",
                mailbox("jo@acme.com.au", null, false).replace("Australia/Sydney", "Mars/Olympus"), "timeZone",
                "{\"kind\":\"pigeon\",\"name\":\"P\"}", "kind",
                "{\"kind\":\"sms_number\",\"name\":\"AU\",\"address\":\"0412 345 678\"}", "address");
        bad.forEach((body, field) -> web.post().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors['%s']".formatted(field)).exists());
        web.get().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(3);
    }

    @Test
    void dailyLimitsHoldAcrossSeveralMailboxesAndTheLeadOverCapacityWaitsWithAReason() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String one = addResource(admin, mailbox("jo@one-mail.com.au", 1, false));
        String two = addResource(admin, mailbox("sam@two-mail.com.au", 2, false));
        List<UUID> leads = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        leads.forEach(lead -> events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", null)));

        Awaitility.await("three touches and one lead waiting").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> leads.stream().filter(lead -> !events.recordsWithKey("touch.sent", lead.toString()).isEmpty()).count() == 3
                        && "No email capacity left today".equals(db.sql("""
                                SELECT st.reason FROM scheduled_touch st WHERE st.tenant_id = :t AND st.status = 'due' AND st.step = 1""")
                        .bind("t", tenant).map(row -> row.get("reason", String.class)).one().blockOptional().orElse("")));
        Map<String, Long> perResource = leads.stream().flatMap(lead -> events.recordsWithKey("touch.sent", lead.toString()).stream())
                .map(r -> EventJson.tree(r.value()))
                .peek(json -> assertThat(json.get("messageId").asString())
                        .endsWith(json.get("resourceId").asString().equals(one) ? "@one-mail.com.au>" : "@two-mail.com.au>"))
                .collect(Collectors.groupingBy(json -> json.get("resourceId").asString(),
                        Collectors.counting()));
        assertThat(perResource).isEqualTo(Map.of(one, 1L, two, 2L));
        web.get().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(admin)).exchange().expectBody()
                .jsonPath("$[?(@.id == '%s')].usedToday".formatted(one)).isEqualTo(1)
                .jsonPath("$[?(@.id == '%s')].usedToday".formatted(two)).isEqualTo(2);
    }

    @Test
    void aFollowUpIsThreadedOnTheFirstEmailFromTheSameMailbox() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        addResource(admin, mailbox("jo@thread-mail.com.au", 10, false));
        addResource(admin, mailbox("sam@thread-mail2.com.au", 10, false));
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", null));
        JsonNode first = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());

        assertThat(dueInDays(lead, 2)).isEqualTo(2);
        makeDue(lead, 2);

        JsonNode second = EventJson.tree(events.await("touch.sent",
                r -> r.key().equals(lead.toString()) && EventJson.tree(r.value()).get("step").asInt() == 2).value());
        EventSchemas.assertValid("agencyos.touch.sent.v1", second.toString());
        assertThat(second.get("inReplyTo").asString()).isEqualTo(first.get("messageId").asString());
        assertThat(second.get("resourceId").asString()).isEqualTo(first.get("resourceId").asString());
        assertThat(second.get("subject").asString()).isEqualTo("Re: " + first.get("subject").asString());
        assertThat(second.get("messageId").asString()).isNotEqualTo(first.get("messageId").asString());
        assertThat(dueInDays(lead, 3)).isEqualTo(4);
    }

    @Test
    void aReplyThatStoppedTheEnrolmentWinsOverItsDueStep() {
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
        JsonNode first = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), ACME,
                replyClassified(lead, first.get("touchId").asString(), first.get("campaignId").asString(), "not_interested"));
        Awaitility.await("the enrolment to stop").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("SELECT status FROM enrollment WHERE lead_id = :l").bind("l", lead)
                        .map(row -> row.get("status", String.class)).one().block(), "stopped"::equals);

        makeDue(lead, 2);

        Awaitility.await("the due step to be skipped").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("""
                        SELECT st.status || ' ' || coalesce(st.reason, '') AS r FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                         WHERE e.lead_id = :l AND st.step = 2""").bind("l", lead).map(row -> row.get("r", String.class)).one().block(),
                        r -> r.startsWith("skipped Enrolment stopped: Replied"));
        assertThat(events.recordsWithKey("touch.sent", lead.toString())).hasSize(1);
    }

    @Test
    void aMeetingRequestStopsTheLeadConvertsItOncePublishesLeadConvertedAndOpensATask() {
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
        JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        String reply = replyClassified(lead, touch.get("touchId").asString(), touch.get("campaignId").asString(), "meeting_request");

        String first = events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), ACME, reply);
        String again = events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), ACME, reply);

        JsonNode converted = EventJson.tree(events.await("lead.converted", withKey(lead.toString())).value());
        EventSchemas.assertValid("agencyos.lead.converted.v1", converted.toString());
        assertThat(converted.get("how").asString()).isEqualTo("meeting_request");
        assertThat(converted.get("campaignId").asString()).isEqualTo(touch.get("campaignId").asString());
        assertThat(converted.get("touchId").asString()).isEqualTo(touch.get("touchId").asString());
        awaitProcessed("outreach.reply-classified", first);
        awaitProcessed("outreach.reply-classified", again);
        assertThat(enrollmentOf(lead)).startsWith("stopped Replied: asked for a meeting");
        assertThat(db.sql("SELECT converted_at IS NOT NULL AS c FROM lead WHERE lead_id = :l").bind("l", lead)
                .map(row -> row.get("c", Boolean.class)).one().block()).isTrue();
        assertThat(openTasksOf(lead)).containsExactly("reply Answer the meeting request reply");
        assertThat(db.sql("SELECT count(*) AS n FROM outbox_event WHERE event_type = 'agencyos.lead.converted.v1' AND event_key = :k")
                .bind("k", lead.toString()).map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
    }

    @Test
    void aQuestionOrInterestStopsAutomationAndOpensATaskForAPersonWithoutConverting() {
        for (String intent : List.of("question", "interested")) {
            UUID lead = UUID.randomUUID();
            events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
            JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());

            awaitProcessed("outreach.reply-classified", events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), ACME,
                    replyClassified(lead, touch.get("touchId").asString(), touch.get("campaignId").asString(), intent)));

            assertThat(enrollmentOf(lead)).as(intent).contains("a person takes over");
            assertThat(openTasksOf(lead)).as(intent).containsExactly("reply Answer the " + intent + " reply");
            assertThat(events.recordsWithKey("lead.converted", lead.toString())).as(intent).isEmpty();
        }
    }

    @Test
    void anOutOfOfficeReplyPausesTheSequenceUntilTheReturnDateAndTheSchedulerResumesIt() {
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
        JsonNode first = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        LocalDate back = LocalDate.now(ZoneOffset.UTC).plusDays(10);

        awaitProcessed("outreach.reply-classified", events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), ACME,
                replyClassified(lead, first.get("touchId").asString(), first.get("campaignId").asString(), "out_of_office")
                        .replace("\"returnDate\":null", "\"returnDate\":\"" + back + "\"")));
        assertThat(enrollmentOf(lead)).isEqualTo("active ");
        makeDue(lead, 2);

        Awaitility.await("the due step to wait for the return date").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("""
                        SELECT st.status || ' ' || (st.due_at = e.paused_until) || ' ' || coalesce(st.reason, '') AS r
                          FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                         WHERE e.lead_id = :l AND st.step = 2""").bind("l", lead).map(row -> row.get("r", String.class)).one().block(),
                        r -> r.startsWith("due true Paused: out of office until " + back + "T00:00:00Z"));
        assertThat(events.recordsWithKey("touch.sent", lead.toString())).hasSize(1);

        db.sql("UPDATE enrollment SET paused_until = :now - interval '1 second' WHERE lead_id = :l").bind("now", serviceNow()).bind("l", lead)
                .fetch().rowsUpdated().block();
        makeDue(lead, 2);

        JsonNode second = EventJson.tree(events.await("touch.sent",
                r -> r.key().equals(lead.toString()) && EventJson.tree(r.value()).get("step").asInt() == 2).value());
        assertThat(second.get("inReplyTo").asString()).isEqualTo(first.get("messageId").asString());
    }

    @Test
    void stepsDueOutsideACampaignsWindowWaitForItsNextOpeningAndTouchesAreMadeOnlyInsideEachTimeZonesWindow() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        ZoneId newYork = ZoneId.of("America/New_York");
        UUID sydneyCampaign = UUID.fromString(businessHoursCampaign(admin, sydney));
        UUID newYorkCampaign = UUID.fromString(businessHoursCampaign(admin, newYork));
        UUID inSydney = UUID.randomUUID();
        UUID inNewYork = UUID.randomUUID();

        events.publish("lead.scored", LEAD_SCORED_V1, inNewYork.toString(), tenant, leadScored(inNewYork, tenant, "hot", newYorkCampaign));
        events.publish("lead.scored", LEAD_SCORED_V1, inSydney.toString(), tenant, leadScored(inSydney, tenant, "hot", sydneyCampaign));

        JsonNode sydneyTouch = EventJson.tree(events.await("touch.sent", withKey(inSydney.toString())).value());
        assertInsideBusinessHours(Instant.parse(sydneyTouch.get("sentAt").asString()), sydney);
        String waiting = Awaitility.await("the New York step moved to the window's opening").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("""
                        SELECT st.status || '|' || st.due_at || '|' || coalesce(st.reason, '') AS r FROM scheduled_touch st
                          JOIN enrollment e ON e.id = st.enrollment_id WHERE e.lead_id = :l AND st.step = 1""")
                        .bind("l", inNewYork).map(row -> row.get("r", String.class)).one().blockOptional().orElse(""), r -> r.contains("Outside"));
        Instant opening = db.sql("""
                SELECT st.due_at FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id WHERE e.lead_id = :l AND st.step = 1""")
                .bind("l", inNewYork).map(row -> row.get("due_at", java.time.OffsetDateTime.class).toInstant()).one().block();
        assertThat(waiting).startsWith("due|");
        assertThat(opening).isAfter(clock.instant());
        assertThat(opening.atZone(newYork).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(opening.atZone(newYork).getDayOfWeek()).isBetween(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(waiting).endsWith("Outside the sending window (America/New_York): moved to its next opening "
                + opening.atZone(newYork).toLocalDateTime() + " America/New_York");
        assertThat(db.sql("""
                SELECT count(*) AS n FROM touch_skip s JOIN enrollment e ON e.id = s.enrollment_id
                 WHERE e.lead_id = :l AND s.reason LIKE 'Outside the sending window%'""").bind("l", inNewYork)
                .map(row -> row.get("n", Long.class)).one().block()).isGreaterThanOrEqualTo(1L);
        assertThat(events.recordsWithKey("touch.sent", inNewYork.toString())).as("nothing outside the window").isEmpty();

        Duration before = clock.advance(Duration.between(clock.instant(), opening).plusSeconds(1));
        try {
            JsonNode newYorkTouch = EventJson.tree(events.await("touch.sent", withKey(inNewYork.toString())).value());
            Instant sentAt = Instant.parse(newYorkTouch.get("sentAt").asString());
            assertThat(sentAt).isAfterOrEqualTo(opening);
            assertInsideBusinessHours(sentAt, newYork);
            assertThat(events.recordsWithKey("touch.sent", inNewYork.toString())).hasSize(1);
        } finally {
            clock.restore(before);
        }
    }

    static void assertInsideBusinessHours(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        assertThat(local.getDayOfWeek()).as(local.toString()).isBetween(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(local.toLocalTime()).as(local.toString()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 59, 59, 999_999_999));
    }

    String businessHoursCampaign(String admin, ZoneId zone) {
        String id = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"name":"Business hours in %s","settings":{"permissionMode":"autopilot","sendingWindow":{"timeZone":"%s",
                         "days":["mon","tue","wed","thu","fri"],"start":"09:00","end":"17:00"}}}""".formatted(zone, zone))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, id, "active").expectStatus().isOk();
        return id;
    }

    @Test
    void hardBouncesComplaintsAndUnsubscribesStopTheLeadAndASoftBounceDoesNot() {
        UUID tenant = UUID.randomUUID();
        Map<String, UUID> leads = new java.util.LinkedHashMap<>();
        for (String who : List.of("hard", "complaint", "unsubscribed", "soft")) {
            UUID lead = UUID.randomUUID();
            leads.put(who, lead);
            events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant,
                    leadScored(lead, tenant, "hot", null).replace("jo.bloggs@acme.com.au", who + "@acme.com.au"));
            events.await("touch.sent", withKey(lead.toString()));
        }
        String at = "\"occurredAt\":\"2026-11-25T03:00:00Z\"";
        String hard = """
                {"tenantId":"%s","leadId":"%s","email":"hard@acme.com.au","kind":"hard","touchId":null,%s,"source":"smtp"}"""
                .formatted(tenant, leads.get("hard"), at);
        String complaint = """
                {"tenantId":"%s","leadId":null,"email":"Complaint@ACME.com.au","touchId":null,%s,"source":"postmark"}"""
                .formatted(tenant, at);
        String unsubscribed = """
                {"tenantId":"%s","leadId":"%s","email":null,"touchId":null,%s,"source":"unsubscribe_link"}"""
                .formatted(tenant, leads.get("unsubscribed"), at);
        String soft = """
                {"tenantId":"%s","leadId":"%s","email":"soft@acme.com.au","kind":"soft","touchId":null,%s,"source":"smtp"}"""
                .formatted(tenant, leads.get("soft"), at);
        EventSchemas.assertValid("agencyos.delivery.bounced.v1", hard);
        EventSchemas.assertValid("agencyos.delivery.complained.v1", complaint.replace("Complaint@ACME", "complaint@acme"));
        EventSchemas.assertValid("agencyos.contact.unsubscribed.v1", unsubscribed);
        EventSchemas.assertValid("agencyos.delivery.bounced.v1", soft);

        List<String> ids = List.of(
                events.publish("delivery.events", "agencyos.delivery.bounced.v1", leads.get("hard").toString(), tenant, hard),
                events.publish("delivery.events", "agencyos.delivery.complained.v1", tenant.toString(), tenant, complaint),
                events.publish("delivery.events", "agencyos.contact.unsubscribed.v1", leads.get("unsubscribed").toString(), tenant, unsubscribed),
                events.publish("delivery.events", "agencyos.delivery.bounced.v1", leads.get("soft").toString(), tenant, soft));
        ids.forEach(id -> awaitProcessed("outreach.delivery-events", id));

        assertThat(enrollmentOf(leads.get("hard"))).isEqualTo("stopped Hard bounce (smtp)");
        assertThat(enrollmentOf(leads.get("complaint"))).isEqualTo("stopped Complained: marked a message as spam (postmark)");
        assertThat(enrollmentOf(leads.get("unsubscribed"))).isEqualTo("stopped Unsubscribed (unsubscribe_link)");
        assertThat(enrollmentOf(leads.get("soft"))).isEqualTo("active ");
        leads.values().forEach(lead -> makeDue(lead, 2));
        events.await("touch.sent", r -> r.key().equals(leads.get("soft").toString()) && EventJson.tree(r.value()).get("step").asInt() == 2);
        for (String stopped : List.of("hard", "complaint", "unsubscribed")) {
            Awaitility.await(stopped + "'s step 2 skipped").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> db.sql("""
                            SELECT st.status FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                             WHERE e.lead_id = :l AND st.step = 2""").bind("l", leads.get(stopped)).map(row -> row.get("status", String.class))
                            .one().block(), "skipped"::equals);
            assertThat(events.recordsWithKey("touch.sent", leads.get(stopped).toString())).as(stopped).hasSize(1);
        }
    }

    @Test
    void theUnsubscribeLinkShowsAPageWithoutALoginAndItsOneClickPostStopsTheLeadAndPublishesContactUnsubscribedOnce() {
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
        JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        String url = EventJson.tree(new String(web.get().uri("/api/v1/touches/{id}", touch.get("touchId").asString())
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent())).get("unsubscribeUrl").asString();
        assertThat(url).startsWith("http://localhost:8080/u/");
        String path = url.substring("http://localhost:8080".length());

        web.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("jo.bloggs@acme.com.au", "name=\"List-Unsubscribe\" value=\"One-Click\""));
        assertThat(enrollmentOf(lead)).as("a GET changes nothing: mail scanners follow links").isEqualTo("active ");

        web.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("List-Unsubscribe=One-Click").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("will get no more emails"));
        assertThat(enrollmentOf(lead)).as("stopped before the answer").isEqualTo("stopped Unsubscribed (unsubscribe_link)");
        JsonNode unsubscribed = EventJson.tree(events.await("delivery.events", r -> r.key().equals(lead.toString())
                && "agencyos.contact.unsubscribed.v1".equals(header(r, "ce_type"))).value());
        EventSchemas.assertValid("agencyos.contact.unsubscribed.v1", unsubscribed.toString());
        assertThat(unsubscribed.get("email").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(unsubscribed.get("tenantId").asString()).isEqualTo(ACME.toString());
        assertThat(unsubscribed.get("source").asString()).isEqualTo("unsubscribe_link");

        web.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("List-Unsubscribe=One-Click").exchange()
                .expectStatus().isOk();
        assertThat(db.sql("SELECT count(*) AS n FROM outbox_event WHERE event_type = 'agencyos.contact.unsubscribed.v1' AND event_key = :k")
                .bind("k", lead.toString()).map(row -> row.get("n", Long.class)).one().block()).as("a second click publishes nothing more").isEqualTo(1L);
    }

    @Test
    void anAlteredUnsubscribeLinkIsNotFoundAndAPostWithoutTheOneClickBodyIsA400() {
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
        JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        String url = EventJson.tree(new String(web.get().uri("/api/v1/touches/{id}", touch.get("touchId").asString())
                .headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent())).get("unsubscribeUrl").asString();
        String path = url.substring("http://localhost:8080".length());
        char c = path.charAt(10);
        String altered = path.substring(0, 10) + (c == 'A' ? 'B' : 'A') + path.substring(11);

        web.get().uri(altered).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri(altered).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("List-Unsubscribe=One-Click").exchange()
                .expectStatus().isNotFound();
        web.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("unsubscribe=yes").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/one-click-required");
        web.post().uri(path).exchange().expectStatus().isBadRequest();
        assertThat(enrollmentOf(lead)).isEqualTo("active ");
        assertThat(db.sql("SELECT count(*) AS n FROM unsubscribe WHERE lead_id = :l").bind("l", lead)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void inSendModeEmailsGoThroughSmtpWithOurMessageIdThreadHeadersUnsubscribeHeadersSenderAndPostalAddress() throws Exception {
        UUID tenant = UUID.randomUUID();
        String campaignId = sendingCampaign(tenant, SMTP.getSmtp().getPort());
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant,
                leadScored(lead, tenant, "hot", UUID.fromString(campaignId)).replace("jo.bloggs@acme.com.au", "pat@send.example"));

        JsonNode first = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        EventSchemas.assertValid("agencyos.touch.sent.v1", first.toString());
        assertThat(first.get("mode").asString()).isEqualTo("sent");
        MimeMessage mail = awaitMail("pat@send.example", 1).get(0);
        assertThat(mail.getHeader("Message-ID", null)).isEqualTo(first.get("messageId").asString());
        assertThat(mail.getHeader("In-Reply-To", null)).isNull();
        assertThat(mail.getHeader("List-Unsubscribe", null))
                .matches("<http://localhost:8080/u/[A-Za-z0-9_-]+>, <mailto:jo@send-mail\\.com\\.au\\?subject=unsubscribe>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Jo Bloggs <jo@send-mail.com.au>");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Jo Bloggs", "1 George St, Sydney NSW 2000", "/u/");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("1 George St, Sydney NSW 2000", ">Unsubscribe</a>");
        assertThat(deliveryOf(lead, 1)).isEqualTo("sent");

        makeDue(lead, 2);

        JsonNode second = EventJson.tree(events.await("touch.sent",
                r -> r.key().equals(lead.toString()) && EventJson.tree(r.value()).get("step").asInt() == 2).value());
        MimeMessage followUp = awaitMail("pat@send.example", 2).get(1);
        assertThat(followUp.getHeader("Message-ID", null)).isEqualTo(second.get("messageId").asString());
        assertThat(followUp.getHeader("In-Reply-To", null)).isEqualTo(first.get("messageId").asString());
        assertThat(followUp.getHeader("References", null)).isEqualTo(first.get("messageId").asString());
        assertThat(followUp.getSubject()).isEqualTo("Re: " + mail.getSubject());
    }

    @Test
    void aCrashBetweenTheSmtpHandOffAndTheCommitNeverSendsTwiceAndRecoveryMarksTheTouchUnknown() {
        UUID tenant = UUID.randomUUID();
        String campaignId = sendingCampaign(tenant, SMTP.getSmtp().getPort());
        db.sql("""
                CREATE OR REPLACE FUNCTION crash_after_hand_off() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'simulated crash after the SMTP hand-off'; END $$ LANGUAGE plpgsql""").fetch().rowsUpdated().block();
        db.sql("""
                CREATE TRIGGER crash_after_hand_off BEFORE UPDATE OF delivery ON touch FOR EACH ROW
                WHEN (NEW.recipient = 'crash@send.example' AND NEW.delivery = 'sent') EXECUTE FUNCTION crash_after_hand_off()""")
                .fetch().rowsUpdated().block();
        try {
            UUID lead = UUID.randomUUID();
            events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant,
                    leadScored(lead, tenant, "hot", UUID.fromString(campaignId)).replace("jo.bloggs@acme.com.au", "crash@send.example"));
            awaitMail("crash@send.example", 1);
            assertThat(deliveryOf(lead, 1)).isEqualTo("sending");

            assertThat(scheduler.recoverInterrupted(Duration.ZERO).block()).isGreaterThanOrEqualTo(1);

            assertThat(deliveryOf(lead, 1)).isEqualTo("unknown");
            assertThat(db.sql("""
                    SELECT st.status || ' ' || st.reason AS r FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                     WHERE e.lead_id = :l AND st.step = 1""").bind("l", lead).map(row -> row.get("r", String.class)).one().block())
                    .startsWith("unknown Interrupted between the SMTP hand-off and the commit");
            assertThat(enrollmentOf(lead)).isEqualTo("active ");
            assertThat(dueInDays(lead, 2)).as("the sequence goes on").isEqualTo(2);
            scheduler.runDue(20).block();
            assertThat(scheduler.recoverInterrupted(Duration.ZERO).block()).isZero();
            assertThat(received("crash@send.example")).as("handed to SMTP exactly once").hasSize(1);
            assertThat(events.recordsWithKey("touch.sent", lead.toString())).as("not claimed as sent").isEmpty();
        } finally {
            db.sql("DROP TRIGGER crash_after_hand_off ON touch").fetch().rowsUpdated().block();
        }
    }

    @Test
    void aRefusedHandOffSendsNothingRecordsNothingAndTheStepIsDueAgainLater() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        UUID tenant = UUID.randomUUID();
        String campaignId = sendingCampaign(tenant, closedPort);
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant,
                leadScored(lead, tenant, "hot", UUID.fromString(campaignId)).replace("jo.bloggs@acme.com.au", "refused@send.example"));

        Awaitility.await("the step due again with the SMTP error").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("""
                        SELECT st.status || ' ' || coalesce(st.reason, '') AS r FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                         WHERE e.lead_id = :l AND st.step = 1""").bind("l", lead).map(row -> row.get("r", String.class)).one().blockOptional()
                        .orElse(""), r -> r.startsWith("due SMTP: "));
        assertThat(dueInDays(lead, 1)).isZero();
        assertThat(db.sql("SELECT count(*) AS n FROM touch WHERE lead_id = :l").bind("l", lead).map(row -> row.get("n", Long.class))
                .one().block()).isZero();
        assertThat(events.recordsWithKey("touch.sent", lead.toString())).isEmpty();
    }

    @Test
    void onlyOwnersAndAdminsSwitchSendingOnAndABadModeIsA400() {
        UUID tenant = UUID.randomUUID();
        web.get().uri("/api/v1/sending-mode").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.mode").isEqualTo("draft_only");
        web.put().uri("/api/v1/sending-mode").headers(h -> h.setBearerAuth(issuer.token(tenant, "member")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"mode\":\"send\"}").exchange().expectStatus().isForbidden();
        web.put().uri("/api/v1/sending-mode").headers(h -> h.setBearerAuth(issuer.token(tenant, "admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"mode\":\"blast\"}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.mode").isEqualTo("must be draft_only or send");
        web.put().uri("/api/v1/campaigns/{id}/sending-mode", UUID.randomUUID()).headers(h -> h.setBearerAuth(issuer.token(tenant, "admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"mode\":\"send\"}").exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/sending-mode").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.mode").isEqualTo("draft_only");
    }

    /** A tenant and an active campaign both in send mode, with one mailbox on the given SMTP port. */
    String sendingCampaign(UUID tenant, int smtpPort) {
        String admin = issuer.token(tenant, "admin");
        addResource(admin, mailbox("jo@send-mail.com.au", 20, false).replace("\"port\":3025", "\"port\":" + smtpPort));
        web.put().uri("/api/v1/sending-mode").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"mode\":\"send\"}").exchange().expectStatus().isOk().expectBody().jsonPath("$.mode").isEqualTo("send");
        String campaignId = createDraft(admin);
        web.put().uri("/api/v1/campaigns/{id}/sending-mode", campaignId).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"mode\":\"send\"}").exchange().expectStatus().isOk();
        status(admin, campaignId, "active").expectStatus().isOk();
        return campaignId;
    }

    List<MimeMessage> received(String recipient) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<MimeMessage> awaitMail(String recipient, int count) {
        return Awaitility.await(count + " email(s) to " + recipient).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> received(recipient), mails -> mails.size() >= count);
    }

    String deliveryOf(UUID lead, int step) {
        return db.sql("SELECT delivery FROM touch WHERE lead_id = :l AND step = :s").bind("l", lead).bind("s", step)
                .map(row -> row.get("delivery", String.class)).one().block();
    }

    @Test
    void aReplyTaskIsListedForTheTenantAndCompletedByAMemberWhileViewersOnlyRead() {
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), ACME, leadScored(lead, ACME, "hot", null));
        JsonNode touch = EventJson.tree(events.await("touch.sent", withKey(lead.toString())).value());
        awaitProcessed("outreach.reply-classified", events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), ACME,
                replyClassified(lead, touch.get("touchId").asString(), touch.get("campaignId").asString(), "question")));
        String taskJsonPath = "$[?(@.leadId == '%s')]".formatted(lead);

        String taskId = EventJson.tree(new String(web.get().uri("/api/v1/tasks?limit=500").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer")))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent())).valueStream()
                .filter(t -> t.get("leadId").asString().equals(lead.toString())).findFirst().orElseThrow().get("id").asString();
        web.get().uri("/api/v1/tasks").headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "viewer"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath(taskJsonPath).isEmpty();
        web.post().uri("/api/v1/tasks/{id}/complete", taskId).headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/tasks/{id}/complete", taskId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "member"))).exchange()
                .expectStatus().isNotFound();

        web.post().uri("/api/v1/tasks/{id}/complete", taskId).headers(h -> h.setBearerAuth(issuer.token(ACME, "member"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("done")
                .jsonPath("$.kind").isEqualTo("reply")
                .jsonPath("$.completedAt").isNotEmpty()
                .jsonPath("$.completedBy").isNotEmpty();
        web.get().uri("/api/v1/tasks?status=done&limit=500").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath(taskJsonPath + ".id").isEqualTo(taskId);
        web.get().uri("/api/v1/tasks?status=closed").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.status").isEqualTo("must be open or done");
        web.get().uri("/api/v1/tasks?limit=0").headers(h -> h.setBearerAuth(issuer.token(ACME, "viewer"))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.limit").isNotEmpty();
        web.post().uri("/api/v1/tasks/{id}/complete", UUID.randomUUID()).headers(h -> h.setBearerAuth(issuer.token(ACME, "member"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aCoPilotTouchWaitsForApprovalIsSentWithThePersonsEditsAndARejectedOneIsSkipped() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(openAllDay(CUSTOM_CAMPAIGN).replace("\"minimumTier\":\"warm\"", "\"minimumTier\":\"cold\""))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID edited = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        for (UUID lead : List.of(edited, rejected)) {
            events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", UUID.fromString(campaignId)));
        }
        String editedId = awaitApproval(tenant, edited).get("id").asString();
        String rejectedId = awaitApproval(tenant, rejected).get("id").asString();

        web.post().uri("/api/v1/approvals/{id}/approve", editedId).headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer"))).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/approvals/{id}/approve", editedId).headers(h -> h.setBearerAuth(issuer.token(GLOBEX, "member"))).exchange()
                .expectStatus().isNotFound();
        web.post().uri("/api/v1/approvals/{id}/approve", editedId).headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"Hi\\r\\nBcc: everyone@example.com\",\"body\":\" \"}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.subject").isNotEmpty().jsonPath("$.errors.body").isNotEmpty();
        web.post().uri("/api/v1/approvals/{id}/approve", editedId).headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"A better subject\",\"body\":\"Hi Jo, edited by a person.\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("approved").jsonPath("$.subject").isEqualTo("A better subject");
        web.post().uri("/api/v1/approvals/{id}/approve", editedId).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("https://agencyos.dev/problems/approval-decided");
        web.post().uri("/api/v1/approvals/{id}/reject", rejectedId).headers(h -> h.setBearerAuth(issuer.token(tenant, "member"))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("rejected");

        JsonNode sent = EventJson.tree(events.await("touch.sent", withKey(edited.toString())).value());
        assertThat(sent.get("subject").asString()).isEqualTo("A better subject");
        assertThat(sent.get("contentSnapshot").asString()).isEqualTo("Hi Jo, edited by a person.");
        Awaitility.await("the rejected step skipped").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("""
                        SELECT st.status || ' ' || coalesce(st.reason, '') AS r FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                         WHERE e.lead_id = :l AND st.step = 1""").bind("l", rejected).map(row -> row.get("r", String.class)).one().block(),
                        r -> r.startsWith("skipped Rejected by"));
        assertThat(dueInDays(rejected, 2)).as("the sequence goes on").isEqualTo(3);
        assertThat(events.recordsWithKey("touch.sent", rejected.toString())).isEmpty();
        web.get().uri("/api/v1/approvals").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aManualCampaignsStepBecomesATaskWithTheRenderedMessageAndNoTouchAndTheSequenceGoesOn() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(openAllDay(CUSTOM_CAMPAIGN).replace("\"co_pilot\"", "\"manual\""))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", UUID.fromString(campaignId)));

        JsonNode task = Awaitility.await("a manual task").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> EventJson.tree(new String(web.get().uri("/api/v1/tasks").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent())).valueStream().findFirst(),
                        Optional::isPresent).get();
        assertThat(task.get("kind").asString()).isEqualTo("manual_touch");
        assertThat(task.get("leadId").asString()).isEqualTo(lead.toString());
        assertThat(task.get("title").asString()).isEqualTo("Send step 1 by hand to jo.bloggs@acme.com.au");
        assertThat(task.get("detail").asString()).startsWith("Subject: ").contains("Hi Jo,");
        assertThat(db.sql("""
                SELECT st.status FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id WHERE e.lead_id = :l AND st.step = 1""")
                .bind("l", lead).map(row -> row.get("status", String.class)).one().block()).isEqualTo("task");
        assertThat(dueInDays(lead, 2)).isEqualTo(3);
        assertThat(events.recordsWithKey("touch.sent", lead.toString())).isEmpty();
    }

    @Test
    void aLinkedInStepIsDraftedToTheProfileFromLeadEnrichedAndSkippedWithTheReasonForALeadWithoutOne() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"name":"Email then LinkedIn then SMS","settings":{"permissionMode":"autopilot",
                          "channelAllocation":{"email":50,"linkedin":25,"sms":25},
                          "sendingWindow":{"timeZone":"UTC","days":["mon","tue","wed","thu","fri","sat","sun"],"start":"00:00","end":"23:59:59.999999"}},
                         "sequence":{"steps":[
                           {"day":1,"channel":"email","subject":"Hello {{firstName}}","body":"Hi {{firstName}}."},
                           {"day":2,"channel":"linkedin","body":"Hi {{firstName}}, I wrote about {{companyName}}."},
                           {"day":3,"channel":"sms","body":"Hi {{firstName}}, a quick text."}]}}""")
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID reachable = UUID.randomUUID();
        UUID emailOnly = UUID.randomUUID();
        String enriched = leadEnriched(reachable, tenant);
        EventSchemas.assertValid("agencyos.lead.enriched.v1", enriched);
        awaitProcessed("outreach.lead-enriched", events.publish("lead.enriched", "agencyos.lead.enriched.v1", reachable.toString(), tenant, enriched));
        for (UUID lead : List.of(reachable, emailOnly)) {
            events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", UUID.fromString(campaignId)));
            events.await("touch.sent", withKey(lead.toString()));
            makeDue(lead, 2);
        }

        var linkedinRecord = events.await("touch.sent",
                r -> r.key().equals(reachable.toString()) && EventJson.tree(r.value()).get("step").asInt() == 2);
        EventSchemas.assertValid(linkedinRecord);
        JsonNode linkedin = EventJson.tree(linkedinRecord.value());
        assertThat(linkedin.get("channel").asString()).isEqualTo("linkedin");
        assertThat(linkedin.get("mode").asString()).isEqualTo("draft");
        assertThat(linkedin.get("to").asString()).isEqualTo("https://www.linkedin.com/in/jo-bloggs-acme");
        assertThat(linkedin.get("contentSnapshot").asString()).isEqualTo("Hi Jo, I wrote about Acme Plumbing Supplies.");
        assertThat(linkedin.path("subject").isString()).as("a LinkedIn message has no subject").isFalse();
        Awaitility.await("the step without a profile skipped").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> stepOf(emailOnly, 2), "skipped No LinkedIn profile for this lead (from lead.enriched)"::equals);
        assertThat(events.recordsWithKey("touch.sent", emailOnly.toString())).hasSize(1);

        makeDue(reachable, 3);
        Awaitility.await("the SMS step skipped: scoring allows email and LinkedIn only").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> stepOf(reachable, 3), "skipped Scoring does not allow sms for this lead"::equals);
        assertThat(events.recordsWithKey("touch.sent", reachable.toString())).hasSize(2);
    }

    @Test
    void aManualCampaignsLinkedInStepIsATaskToTheProfileAndItsCompletionRecordsTheLinkedInTouchOnce() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"name":"By hand","settings":{"permissionMode":"manual","channelAllocation":{"email":50,"linkedin":50},
                          "sendingWindow":{"timeZone":"UTC","days":["mon","tue","wed","thu","fri","sat","sun"],"start":"00:00","end":"23:59:59.999999"}},
                         "sequence":{"steps":[
                           {"day":1,"channel":"email","subject":"Hello {{firstName}}","body":"Hi {{firstName}}."},
                           {"day":2,"channel":"linkedin","body":"Hi {{firstName}}, connecting about {{companyName}}."}]}}""")
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID lead = UUID.randomUUID();
        awaitProcessed("outreach.lead-enriched", events.publish("lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), tenant,
                leadEnriched(lead, tenant)));
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", UUID.fromString(campaignId)));
        Awaitility.await("the email step handed to a person").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> stepOf(lead, 1), s -> s.startsWith("task "));
        makeDue(lead, 2);
        JsonNode task = Awaitility.await("the LinkedIn task").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> EventJson.tree(new String(web.get().uri("/api/v1/tasks").headers(h -> h.setBearerAuth(admin)).exchange()
                        .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent())).valueStream()
                        .filter(t -> t.get("title").asString().contains("linkedin")).findFirst(), Optional::isPresent).get();
        assertThat(task.get("title").asString()).isEqualTo("Send step 2 by hand on linkedin to https://www.linkedin.com/in/jo-bloggs-acme");
        assertThat(task.get("detail").asString()).isEqualTo("Hi Jo, connecting about Acme Plumbing Supplies.");
        assertThat(events.recordsWithKey("touch.sent", lead.toString())).isEmpty();

        for (int completion = 0; completion < 2; completion++) {
            web.post().uri("/api/v1/tasks/{id}/complete", task.get("id").asString()).headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().isOk();
        }

        var record = events.await("touch.sent", withKey(lead.toString()));
        EventSchemas.assertValid(record);
        JsonNode touch = EventJson.tree(record.value());
        assertThat(touch.get("channel").asString()).isEqualTo("linkedin");
        assertThat(touch.get("mode").asString()).isEqualTo("sent");
        assertThat(touch.get("step").asInt()).isEqualTo(2);
        assertThat(touch.get("to").asString()).isEqualTo("https://www.linkedin.com/in/jo-bloggs-acme");
        assertThat(touch.get("contentSnapshot").asString()).isEqualTo("Hi Jo, connecting about Acme Plumbing Supplies.");
        assertThat(db.sql("SELECT count(*) AS n FROM outbox_event WHERE topic = 'touch.sent' AND event_key = :l").bind("l", lead.toString())
                .map(row -> row.get("n", Long.class)).one().block()).as("completed twice, one touch.sent").isEqualTo(1L);
    }

    @Test
    void inSendModeAnSmsStepGoesToTwilioOnceWithItsSidOnTouchSentAndARefusedNumberLeavesTheStepDueAgainWithTheReason() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        web.put().uri("/api/v1/sending-mode").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"mode\":\"send\"}").exchange().expectStatus().isOk();
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"name":"Email then SMS","settings":{"permissionMode":"autopilot","channelAllocation":{"email":50,"sms":50},
                          "sendingWindow":{"timeZone":"UTC","days":["mon","tue","wed","thu","fri","sat","sun"],"start":"00:00","end":"23:59:59.999999"}},
                         "sequence":{"steps":[
                           {"day":1,"channel":"email","subject":"Hello {{firstName}}","body":"Hi {{firstName}}."},
                           {"day":2,"channel":"sms","body":"Hi {{firstName}}, a quick text about {{companyName}}."}]}}""")
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        web.put().uri("/api/v1/campaigns/{id}/sending-mode", campaignId).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"mode\":\"send\"}").exchange().expectStatus().isOk();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID lead = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        awaitProcessed("outreach.lead-enriched", events.publish("lead.enriched", "agencyos.lead.enriched.v1", lead.toString(), tenant,
                leadEnriched(lead, tenant)));
        awaitProcessed("outreach.lead-enriched", events.publish("lead.enriched", "agencyos.lead.enriched.v1", refused.toString(), tenant,
                leadEnriched(refused, tenant).replace("+61412345678", "+61400000400")));
        for (UUID each : List.of(lead, refused)) {
            events.publish("lead.scored", LEAD_SCORED_V1, each.toString(), tenant, leadScored(each, tenant, "hot", UUID.fromString(campaignId))
                    .replace("[\"email\",\"linkedin\"]", "[\"email\",\"linkedin\",\"sms\"]"));
            events.await("touch.sent", withKey(each.toString()));
            makeDue(each, 2);
        }

        var record = events.await("touch.sent", r -> r.key().equals(lead.toString()) && EventJson.tree(r.value()).get("step").asInt() == 2);
        EventSchemas.assertValid(record);
        JsonNode sms = EventJson.tree(record.value());
        assertThat(sms.get("channel").asString()).isEqualTo("sms");
        assertThat(sms.get("mode").asString()).isEqualTo("sent");
        assertThat(sms.get("to").asString()).isEqualTo("+61412345678");
        assertThat(sms.get("providerId").asString()).startsWith("SM");
        assertThat(sms.path("messageId").isString()).as("an SMS has no Message-ID").isFalse();
        assertThat(deliveryOf(lead, 2)).isEqualTo("sent");
        assertThat(db.sql("SELECT provider_id FROM touch WHERE lead_id = :l AND step = 2").bind("l", lead)
                .map(row -> row.get("provider_id", String.class)).one().block()).isEqualTo(sms.get("providerId").asString());
        List<Map<String, String>> toLead = TWILIO_SMS.stream().filter(form -> "+61412345678".equals(form.get("To"))).toList();
        assertThat(toLead).as("handed to Twilio exactly once").hasSize(1);
        assertThat(toLead.getFirst()).containsEntry("From", "+61400000001")
                .containsEntry("Body", "Hi Jo, a quick text about Acme Plumbing Supplies.")
                .containsEntry("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("AC-it:it-token".getBytes(StandardCharsets.UTF_8)));

        Awaitility.await("the refused SMS step due again with Twilio's reason").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> stepOf(refused, 2), r -> r.startsWith("due twilio: answered HTTP 400: 21211 Invalid 'To' Phone Number"));
        assertThat(db.sql("SELECT count(*) AS n FROM touch WHERE lead_id = :l AND step = 2").bind("l", refused)
                .map(row -> row.get("n", Long.class)).one().block()).as("nothing recorded for the refused step").isZero();
        assertThat(events.recordsWithKey("touch.sent", refused.toString())).hasSize(1);
    }

    /** A step of the lead's sequence as "status reason". */
    String stepOf(UUID lead, int step) {
        return db.sql("""
                SELECT st.status || ' ' || coalesce(st.reason, '') AS s FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id
                 WHERE e.lead_id = :l AND st.step = :step""").bind("l", lead).bind("step", step)
                .map(row -> row.get("s", String.class)).one().blockOptional().orElse("");
    }

    static String leadEnriched(UUID leadId, UUID tenantId) {
        return """
                {"leadId":"%s","tenantId":"%s","status":"complete","confidence":0.87,"enrichedAt":"2026-11-23T22:14:09.482Z",
                 "contact":{"email":"jo.bloggs@acme.com.au","firstName":"Jo","phone":"+61412345678",
                            "linkedinUrl":"https://www.linkedin.com/in/jo-bloggs-acme","emailIsRoleAddress":false,"emailIsFreeMail":false,
                            "bounced":false},
                 "company":{"name":"Acme Plumbing Supplies","domain":"acme.com.au","technologies":[]},
                 "provenance":{},"providerCalls":[],"totalCostMicros":0}
                """.formatted(leadId, tenantId);
    }

    @Test
    void aSchedulerStoppedMidSequenceLosesAndRepeatsNothingWhenItStartsAgain() {
        UUID tenant = UUID.randomUUID();
        List<UUID> leads = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID()).toList();
        leads.forEach(lead -> events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", null)));
        awaitTouches(tenant, 1, leads.size(), Duration.ofSeconds(30));

        schedulerLoop.stop();
        try {
            assertThat(schedulerLoop.isRunning()).isFalse();
            leads.forEach(lead -> makeDue(lead, 2));
            Awaitility.await("nothing made while stopped").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> touchesOf(tenant, 2), n -> n == 0);
        } finally {
            schedulerLoop.start();
        }

        awaitTouches(tenant, 2, leads.size(), Duration.ofSeconds(30));
        for (UUID lead : leads) {
            Awaitility.await("both touches of " + lead + " published").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> events.recordsWithKey("touch.sent", lead.toString()).size(), n -> n >= 2);
            assertThat(events.recordsWithKey("touch.sent", lead.toString())).extracting(r -> EventJson.tree(r.value()).get("step").asInt())
                    .containsExactlyInAnyOrder(1, 2);
            assertThat(dueInDays(lead, 3)).as("the sequence goes on").isEqualTo(4);
        }
        assertThat(touchesOf(tenant, 2)).isEqualTo(leads.size());
    }

    long touchesOf(UUID tenant, int step) {
        return db.sql("SELECT count(*) AS n FROM touch WHERE tenant_id = :t AND step = :s").bind("t", tenant).bind("s", step)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    @Test
    void completingAManualTaskRecordsItsTouchAsSentByThePersonOnce() {
        UUID tenant = UUID.randomUUID();
        String admin = issuer.token(tenant, "admin");
        String campaignId = EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(openAllDay(CUSTOM_CAMPAIGN).replace("\"co_pilot\"", "\"manual\""))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())).get("id").asString();
        status(admin, campaignId, "active").expectStatus().isOk();
        UUID lead = UUID.randomUUID();
        events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "hot", UUID.fromString(campaignId)));
        JsonNode task = Awaitility.await("a manual task").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> EventJson.tree(new String(web.get().uri("/api/v1/tasks").headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer")))
                        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent())).valueStream().findFirst(),
                        Optional::isPresent).get();
        String detail = task.get("detail").asString();
        String member = issuer.token(tenant, "member");

        String firstBy = EventJson.tree(new String(web.post().uri("/api/v1/tasks/{id}/complete", task.get("id").asString())
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent()))
                .get("completedBy").asString();

        var touch = events.await("touch.sent", withKey(lead.toString()));
        EventSchemas.assertValid(touch);
        JsonNode json = EventJson.tree(touch.value());
        assertThat(json.get("mode").asString()).isEqualTo("sent");
        assertThat(json.get("channel").asString()).isEqualTo("email");
        assertThat(json.get("step").asInt()).isEqualTo(1);
        assertThat(json.get("to").asString()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(json.get("subject").asString()).isEqualTo(detail.substring("Subject: ".length(), detail.indexOf("\n\n")));
        assertThat(json.get("contentSnapshot").asString()).isEqualTo(detail.substring(detail.indexOf("\n\n") + 2)).startsWith("Hi Jo,");
        assertThat(json.path("messageId").isString()).as("no Message-ID: it left from the person's own mailbox").isFalse();
        assertThat(db.sql("""
                SELECT st.status FROM scheduled_touch st JOIN enrollment e ON e.id = st.enrollment_id WHERE e.lead_id = :l AND st.step = 1""")
                .bind("l", lead).map(row -> row.get("status", String.class)).one().block()).isEqualTo("done");

        web.post().uri("/api/v1/tasks/{id}/complete", task.get("id").asString()).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.completedBy").isEqualTo(firstBy);
        assertThat(db.sql("SELECT count(*) AS n FROM outbox_event WHERE topic = 'touch.sent' AND event_key = :l").bind("l", lead.toString())
                .map(row -> row.get("n", Long.class)).one().block()).as("completed twice, one touch.sent").isEqualTo(1L);
        assertThat(db.sql("SELECT count(*) AS n FROM touch WHERE lead_id = :l").bind("l", lead)
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
    }

    JsonNode awaitApproval(UUID tenant, UUID lead) {
        return Awaitility.await("an approval for " + lead).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> EventJson.tree(new String(web.get().uri("/api/v1/approvals?limit=500")
                                .headers(h -> h.setBearerAuth(issuer.token(tenant, "viewer"))).exchange().expectStatus().isOk()
                                .expectBody().returnResult().getResponseBodyContent())).valueStream()
                        .filter(a -> a.get("leadId").asString().equals(lead.toString())).findFirst(), Optional::isPresent)
                .get();
    }

    void awaitProcessed(String consumer, String eventId) {
        Awaitility.await("event " + eventId + " processed by " + consumer).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> db.sql("SELECT count(*) AS n FROM inbox_event WHERE consumer = :c AND event_id = :e").bind("c", consumer)
                        .bind("e", eventId).map(row -> row.get("n", Long.class)).one().block(), n -> n == 1);
    }

    /** The lead's enrolment as "status reason". */
    String enrollmentOf(UUID lead) {
        return db.sql("SELECT status || ' ' || coalesce(reason, '') AS s FROM enrollment WHERE lead_id = :l").bind("l", lead)
                .map(row -> row.get("s", String.class)).one().block();
    }

    List<String> openTasksOf(UUID lead) {
        return db.sql("SELECT kind || ' ' || title AS t FROM task WHERE lead_id = :l AND status = 'open'").bind("l", lead)
                .map(row -> row.get("t", String.class)).all().collectList().block();
    }

    @Test
    void severalSchedulersWorkingTheSameScheduleMakeEveryTouchExactlyOnce() {
        UUID tenant = UUID.randomUUID();
        List<UUID> leads = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();
        leads.forEach(lead -> events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "warm", null)));
        Awaitility.await("all enrolled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> db.sql("SELECT count(*) AS n FROM enrollment WHERE tenant_id = :t").bind("t", tenant)
                        .map(row -> row.get("n", Long.class)).one().block(), n -> n == 40);

        Flux.range(0, 4).flatMap(i -> scheduler.runDue(100)
                .subscribeOn(Schedulers.boundedElastic())).blockLast(Duration.ofSeconds(60));

        Awaitility.await("every lead touched").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> leads.stream().allMatch(lead -> !events.recordsWithKey("touch.sent", lead.toString()).isEmpty()));
        assertThat(db.sql("SELECT count(*) AS n FROM touch WHERE tenant_id = :t").bind("t", tenant)
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(40L);
        leads.forEach(lead -> assertThat(events.recordsWithKey("touch.sent", lead.toString())).hasSize(1));
    }

    /**
     * Not a check but a measurement, run only on request (see the README): how many touches per second the scheduler
     * renders and records in draft-only mode, and how long a {@code reply.classified} takes to stop its enrolment.
     */
    @Test
    @EnabledIfSystemProperty(named = "outreach.benchmark", matches = "true")
    void benchmarkSchedulerThroughputAndReplyToStopLatency() {
        int touches = Integer.getInteger("outreach.benchmark.touches", 500);
        int replies = Integer.getInteger("outreach.benchmark.replies", 100);
        UUID tenant = UUID.randomUUID();
        List<UUID> leads = IntStream.range(0, touches).mapToObj(i -> UUID.randomUUID()).toList();
        leads.forEach(lead -> events.publish("lead.scored", LEAD_SCORED_V1, lead.toString(), tenant, leadScored(lead, tenant, "warm", null)));
        awaitTouches(tenant, 1, touches, Duration.ofMinutes(5));

        long start = System.nanoTime();
        db.sql("UPDATE scheduled_touch SET due_at = :now WHERE tenant_id = :t AND step = 2 AND status = 'due'").bind("now", serviceNow()).bind("t", tenant)
                .fetch().rowsUpdated().block();
        awaitTouches(tenant, 2, touches, Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Double> latencies = new ArrayList<>();
        for (UUID lead : leads.subList(0, Math.min(replies, touches))) {
            long sent = System.nanoTime();
            events.publish("reply.classified", "agencyos.reply.classified.v1", lead.toString(), tenant,
                    replyClassified(lead, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "not_interested")
                            .replace(ACME.toString(), tenant.toString()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                    .until(() -> db.sql("SELECT status FROM enrollment WHERE lead_id = :l").bind("l", lead)
                            .map(row -> row.get("status", String.class)).one().block(), "stopped"::equals);
            latencies.add((System.nanoTime() - sent) / 1e6);
        }
        Collections.sort(latencies);
        LoggerFactory.getLogger(OutreachServiceIT.class).info(
                "BENCHMARK scheduler: {} touches (step 2, draft_only) in {} s = {} touches/s; reply->stop over {} replies: median {} ms, p99 {} ms",
                touches, "%.2f".formatted(seconds), "%.0f".formatted(touches / seconds), latencies.size(),
                "%.1f".formatted(latencies.get(latencies.size() / 2)),
                "%.1f".formatted(latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1)));
        assertThat(latencies).hasSize(Math.min(replies, touches));
    }

    void awaitTouches(UUID tenant, int step, int expected, Duration atMost) {
        Awaitility.await("%d touches of step %d".formatted(expected, step)).atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> db.sql("SELECT count(*) AS n FROM touch WHERE tenant_id = :t AND step = :s").bind("t", tenant).bind("s", step)
                        .map(row -> row.get("n", Long.class)).one().block(), n -> n == expected);
    }

    static String mailbox(String address, Integer dailyLimit, boolean warmup) {
        return """
                {"kind":"mailbox","name":"%s","address":"%s","fromName":"Jo Bloggs","postalAddress":"1 George St, Sydney NSW 2000",
                 "smtp":{"host":"localhost","port":3025,"startTls":false},"dailyLimit":%s,"warmup":%s,"timeZone":"Australia/Sydney"}
                """.formatted(address, address, dailyLimit == null ? "null" : dailyLimit, warmup);
    }

    String addResource(String token, String body) {
        return EventJson.tree(new String(web.post().uri("/api/v1/sending-resources").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent())).get("id").asString();
    }

    /** The service's present (its clock), for SQL that stands in for time passing. */
    java.time.OffsetDateTime serviceNow() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /** Time passing for one lead: its scheduled step becomes due now. */
    void makeDue(UUID lead, int step) {
        db.sql("""
                UPDATE scheduled_touch st SET due_at = :now FROM enrollment e
                 WHERE e.id = st.enrollment_id AND e.lead_id = :l AND st.step = :step AND st.status = 'due'""")
                .bind("now", serviceNow()).bind("l", lead).bind("step", step).fetch().rowsUpdated().block();
    }

    /** In how many whole days (rounded) the lead's step is due. */
    Long dueInDays(UUID lead, int step) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.sql("""
                SELECT round(extract(epoch FROM st.due_at - :now) / 86400)::bigint AS d FROM scheduled_touch st
                  JOIN enrollment e ON e.id = st.enrollment_id WHERE e.lead_id = :l AND st.step = :step""")
                .bind("now", serviceNow()).bind("l", lead).bind("step", step).map(row -> row.get("d", Long.class)).one().blockOptional(), Optional::isPresent)
                .get();
    }

    static final String NEW_YORK_HOURS =
            "\"sendingWindow\":{\"timeZone\":\"America/New_York\",\"days\":[\"mon\",\"wed\",\"fri\"],\"start\":\"08:30\",\"end\":\"16:00\"}";

    /** The campaign open every day and hour: for tests about something other than sending windows. */
    static String openAllDay(String campaign) {
        assertThat(campaign).contains(NEW_YORK_HOURS);
        return campaign.replace(NEW_YORK_HOURS, "\"sendingWindow\":{\"timeZone\":\"UTC\","
                + "\"days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"],\"start\":\"00:00\",\"end\":\"23:59:59.999999\"}");
    }

    static final String CUSTOM_CAMPAIGN = """
            {"name":"Plumbers in New York",
             "settings":{"permissionMode":"co_pilot","minimumTier":"warm","channelAllocation":{"email":100},
                         "sendingWindow":{"timeZone":"America/New_York","days":["mon","wed","fri"],"start":"08:30","end":"16:00"},
                         "waitForPlaybook":false},
             "sequence":{"steps":[
               {"day":1,"channel":"email","variants":[
                 {"key":"a","split":50,"subject":"{{firstName|Hello}}, trade pricing at {{companyName}}?","body":"Hi {{firstName|there}}, quick one."},
                 {"key":"b","split":50,"subject":"Quotes for {{companyName|your team}}","body":"Hi {{firstName|there}}, a question."}]},
               {"day":4,"channel":"email","subject":"Re: trade pricing","body":"Following up, {{firstName|there}}."}]}}
            """;

    WebTestClient.ResponseSpec status(String token, String campaignId, String status) {
        return web.put().uri("/api/v1/campaigns/{id}/status", campaignId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"status\":\"%s\"}".formatted(status)).exchange();
    }

    String createDraft(String token) {
        return EventJson.tree(new String(web.post().uri("/api/v1/campaigns").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Draft\"}").exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent())).get("id").asString();
    }

    void publishTenantChanged(UUID tenant, int maxActiveCampaigns, long version) {
        publishTenantChanged(tenant, tenant.toString(), maxActiveCampaigns, version);
    }

    /** The key decides the partition: a marker under the same key is processed after what came before it. */
    void publishTenantChanged(UUID tenant, String key, int maxActiveCampaigns, long version) {
        String json = """
                {"tenantId":"%s","name":"Test","status":"active","tier":"velocity",
                 "quotas":{"leadPoolPerMonth":2250,"maxActiveCampaigns":%d,"linkedinSeats":3},"leadPoolUsed":0,
                 "timeZone":"Australia/Melbourne","country":"AU","defaultPermissionMode":"autopilot",
                 "icp":{"industries":[],"sizeMin":0,"sizeMax":1000,"locations":[],"titles":[],"competitorDomains":[],
                        "vendorWebsite":null},
                 "dataSharingConsent":false,"deleted":false,"version":%d}
                """.formatted(tenant, maxActiveCampaigns, version);
        EventSchemas.assertValid("agencyos.tenant.changed.v1", json);
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", key, tenant, json);
    }

    void awaitPlanVersion(UUID tenant, long version) {
        Awaitility.await("tenant plan version " + version).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("SELECT version FROM tenant_plan WHERE tenant_id = :t").bind("t", tenant)
                        .map(row -> row.get("version", Long.class)).one().blockOptional().orElse(-1L), v -> v == version);
    }

    Integer planLimit(UUID tenant) {
        return db.sql("SELECT max_active_campaigns FROM tenant_plan WHERE tenant_id = :t").bind("t", tenant)
                .map(row -> row.get("max_active_campaigns", Integer.class)).one().block();
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
