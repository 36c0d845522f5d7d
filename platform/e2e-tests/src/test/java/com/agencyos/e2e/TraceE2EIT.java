package com.agencyos.e2e;

import static com.agencyos.e2e.WholeStackE2EIT.HTTP;
import static com.agencyos.e2e.WholeStackE2EIT.JSON;
import static com.agencyos.e2e.WholeStackE2EIT.hmac;
import static com.agencyos.e2e.WholeStackE2EIT.post;
import static com.agencyos.e2e.WholeStackE2EIT.send;
import static com.agencyos.e2e.WholeStackE2EIT.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The stack runs with the OpenTelemetry agent ({@code ./agency-os up --otel}): one trace follows a lead from the
 * webhook through every Kafka hop to {@code touch.sent}, in the record headers and in the spans the agents exported
 * to the stack's {@code traces} component.
 */
@Order(3)
class TraceE2EIT {

    static final String ACME = WholeStackE2EIT.ACME;
    static final String TRACES = "http://localhost:4318";
    static final List<String> HOPS = List.of("form.received", "lead.enriched", "lead.scored");

    @BeforeAll
    static void startTheStack() throws Exception {
        LocalStack stack = LocalStack.shared();
        // A stack this run starts always has the agent (LocalStack passes --otel); a developer's may not.
        Assumptions.assumeTrue(stack.startedByThisRun() || LocalStack.answers(TRACES + "/traces?limit=1"),
                "the running stack has no traces component: restart it with ./agency-os up --otel to run this test");
    }

    @Test
    void oneTraceFollowsAWebhookLeadThroughEveryKafkaHopToTouchSentInTheHeadersAndTheExportedSpans() throws Exception {
        String owner = token("owner@acme.test");
        HttpResponse<String> created = send(post("/api/v1/tenants/me/webhook-secrets", "{}").header("Authorization", "Bearer " + owner));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = JSON.readTree(created.body()).get("secret").asString();
        String secretId = JSON.readTree(created.body()).get("secretId").asString();
        String body = """
                {"email":"trace-%s@harbourtiles.com.au","firstName":"Priya","lastName":"Nair","title":"Managing Director",
                 "companyName":"Harbour Tiles","website":"https://harbourtiles.com.au","country":"Australia",
                 "phone":"+61 2 9000 1234","employeeCount":24}""".formatted(UUID.randomUUID().toString().substring(0, 8));
        long t = Instant.now().getEpochSecond();
        String signature = "t=" + t + ",v1=" + hmac(secret, t + "." + body);
        // The new secret reaches the ingest service as an event: until it has, the webhook is not configured.
        AtomicReference<HttpResponse<String>> accepted = new AtomicReference<>();
        Awaitility.await("the webhook accepted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    accepted.set(send(post("/webhooks/leads/" + ACME, body).header("X-AgencyOS-Signature", signature)));
                    return accepted.get().statusCode() != 401 || !accepted.get().body().contains("webhook-not-configured");
                });
        assertThat(accepted.get().statusCode()).as(accepted.get().body()).isEqualTo(202);
        String leadId = JSON.readTree(accepted.get().body()).get("leadId").asString();
        String traceId = accepted.get().headers().firstValue("X-Trace-Id").orElseThrow();
        // A tenant holds at most five active secrets and the suites after this one create their own.
        HttpResponse<String> revoked = send(WholeStackE2EIT.request("DELETE", "/api/v1/tenants/me/webhook-secrets/" + secretId, null)
                .header("Authorization", "Bearer " + owner));
        assertThat(revoked.statusCode()).as(revoked.body()).isBetween(200, 204);

        AtomicReference<List<String>> touchSent = new AtomicReference<>();
        Awaitility.await("the lead's touch.sent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    touchSent.set(Topics.traceparents("touch.sent", leadId));
                    return !touchSent.get().isEmpty();
                });
        assertThat(touchSent.get()).as("traceparent of the lead's touch.sent").allSatisfy(tp -> assertThat(tp).startsWith("00-" + traceId + "-"));
        String touchSpanId = touchSent.get().getFirst().split("-")[2];

        AtomicReference<Map<String, JsonNode>> spans = new AtomicReference<>(Map.of());
        Awaitility.await("the trace's spans in the traces component").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    spans.set(spans(traceId));
                    assertTrace(spans.get(), touchSpanId);
                });
    }

    /**
     * The spans of webhook-ingest, enrichment, scoring and outreach; a consumer span per Kafka hop; the span that
     * touch.sent names as its parent; each in a chain of parents back to the webhook's server span.
     */
    static void assertTrace(Map<String, JsonNode> spans, String touchSpanId) {
        assertThat(spans.values()).extracting(s -> s.get("service.name").asString())
                .contains("webhook-ingest-service", "enrichment-service", "scoring-service", "outreach-service");
        for (String topic : HOPS) {
            List<JsonNode> consumers = spans.values().stream()
                    .filter(s -> s.get("kind").asString().equals("CONSUMER") && s.get("name").asString().equals(topic + " process"))
                    .toList();
            assertThat(consumers).as("consumer span of " + topic).isNotEmpty()
                    .allSatisfy(span -> assertThat(chainToWebhook(spans, span)).as("parents of " + topic + " process").isNotEmpty());
        }
        assertThat(spans).as("the span touch.sent names as its parent").containsKey(touchSpanId);
        List<String> chain = chainToWebhook(spans, spans.get(touchSpanId));
        assertThat(chain).as("parents of touch.sent's span").isNotEmpty()
                .containsSubsequence("outreach-service: lead.scored process", "scoring-service: lead.enriched process",
                        "enrichment-service: form.received process");
    }

    /** The service and name of each span from this one up to the webhook-ingest server span; empty when it does not get there. */
    static List<String> chainToWebhook(Map<String, JsonNode> spans, JsonNode span) {
        List<String> chain = new ArrayList<>();
        JsonNode current = span;
        while (current != null && chain.size() < 100) {
            chain.add(current.get("service.name").asString() + ": " + current.get("name").asString());
            if (current.get("service.name").asString().equals("webhook-ingest-service") && current.get("kind").asString().equals("SERVER")) {
                return chain;
            }
            current = spans.get(current.get("parentSpanId").asString());
        }
        return List.of();
    }

    static Map<String, JsonNode> spans(String traceId) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TRACES + "/traces/" + traceId))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, JsonNode> byId = new HashMap<>();
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).forEach(span -> byId.put(span.get("spanId").asString(), span));
        }
        return byId;
    }
}
