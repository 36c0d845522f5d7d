package com.agencyos.playbook.account.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.playbook.account.domain.DefaultPersona;
import com.agencyos.playbook.account.domain.Persona;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.SiteAnalysis;
import com.agencyos.playbook.research.domain.Sites;
import com.agencyos.playbook.research.domain.VendorProfile;
import com.agencyos.platform.events.EventJson;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The OpenAI-compatible writer against a local server speaking chat completions; no Spring, no database. */
class OpenAiCompatibleWriterIT {

    static final UUID TENANT = UUID.randomUUID();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T04:00:00Z"), ZoneOffset.UTC);

    HttpServer server;
    final AtomicReference<Answer> answer = new AtomicReference<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> usageLog = new CopyOnWriteArrayList<>();
    long spentMicros;

    record Answer(int status, String body, int delaySeconds) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                requests.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                Answer a = answer.get();
                if (a.delaySeconds() > 0) {
                    new CountDownLatch(1).await(a.delaySeconds(), TimeUnit.SECONDS);
                }
                byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(a.status(), bytes.length);
                ex.getResponseBody().write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aValidStructuredAnswerBecomesThePersonasAndItsCostIsLogged() {
        answer.set(new Answer(200, completion(validPersonas()), 0));

        List<Persona> personas = writer(5.0).personas(TENANT, vendor(), prospect(), chosen()).block();

        assertThat(personas).hasSize(1);
        assertThat(personas.get(0).sequence().get(0).body()).contains("{{firstName}}");
        JsonNode sent = EventJson.tree(requests.get(0));
        assertThat(sent.path("response_format").path("type").asString()).isEqualTo("json_schema");
        assertThat(sent.path("messages").path(1).path("content").asString()).contains("Acme Dispatch is job scheduling software");
        assertThat(usageLog).containsExactly("ok 1000/500 cost 750000");
    }

    @Test
    void rateLimitsServerErrorsMalformedAndInvalidOutputAreFailuresToFallBackOn() {
        answer.set(new Answer(429, "{\"error\":{\"message\":\"rate limited\"}}", 0));
        assertThatThrownBy(() -> writer(5.0).personas(TENANT, vendor(), prospect(), chosen()).block()).hasMessageContaining("HTTP 429");
        answer.set(new Answer(503, "oops", 0));
        assertThatThrownBy(() -> writer(5.0).personas(TENANT, vendor(), prospect(), chosen()).block()).hasMessageContaining("HTTP 503");
        answer.set(new Answer(200, "{not json", 0));
        assertThatThrownBy(() -> writer(5.0).personas(TENANT, vendor(), prospect(), chosen()).block()).hasMessageContaining("malformed");
        answer.set(new Answer(200, completion(validPersonas().replace("{{firstName}}", "{{first_name}}")), 0));
        assertThatThrownBy(() -> writer(5.0).personas(TENANT, vendor(), prospect(), chosen()).block())
                .hasMessageContaining("failed validation").hasMessageContaining("{{first_name}}");
        answer.set(new Answer(200, completion(validPersonas().replace("\"day\":14", "\"day\":21")), 0));
        assertThatThrownBy(() -> writer(5.0).personas(TENANT, vendor(), prospect(), chosen()).block())
                .hasMessageContaining("days [1, 3, 7, 14]");
        assertThat(usageLog).hasSize(5);
    }

    @Test
    void aSlowModelTimesOut() {
        answer.set(new Answer(200, completion(validPersonas()), 5));

        assertThatThrownBy(() -> writer(5.0, Duration.ofSeconds(1)).personas(TENANT, vendor(), prospect(), chosen()).block())
                .hasMessageContaining("timed out after 1 s");
    }

    @Test
    void aTenantOverItsDailyBudgetIsNotCalled() {
        answer.set(new Answer(200, completion(validPersonas()), 0));
        spentMicros = 2_000_000;

        assertThatThrownBy(() -> writer(2.0).personas(TENANT, vendor(), prospect(), chosen()).block())
                .hasMessageContaining("daily budget of 2.00 AUD reached");
        assertThat(requests).isEmpty();
    }

    @Test
    void anUnconfiguredWriterIsDisabled() {
        LlmProperties off = new LlmProperties(false, null, null, null, null, 5, 0, 0);
        assertThat(new OpenAiCompatibleWriter(off, usage(), CLOCK).enabled()).isFalse();
    }

    OpenAiCompatibleWriter writer(double budgetAud) {
        return writer(budgetAud, Duration.ofSeconds(10));
    }

    OpenAiCompatibleWriter writer(double budgetAud, Duration timeout) {
        LlmProperties properties = new LlmProperties(true, "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "sk-test",
                "test-model", timeout, budgetAud, 0.25, 1.0);
        return new OpenAiCompatibleWriter(properties, usage(), CLOCK);
    }

    LlmUsage usage() {
        return new LlmUsage() {
            @Override
            public Mono<Long> spentSince(UUID tenantId, Instant since) {
                return Mono.just(spentMicros);
            }

            @Override
            public Mono<Void> record(UUID tenantId, Instant at, String model, int prompt, int completion, long costMicros,
                    String outcome) {
                usageLog.add(outcome + " " + prompt + "/" + completion + " cost " + costMicros);
                return Mono.empty();
            }
        };
    }

    static String validPersonas() {
        StringBuilder touches = new StringBuilder();
        for (int day : List.of(1, 3, 7, 14)) {
            touches.append(touches.isEmpty() ? "" : ",").append("{\"day\":").append(day)
                    .append(",\"subject\":\"A note for {{companyName}}\",\"body\":\"Hi {{firstName}}, quoting the site. {{senderName}}\"}");
        }
        return "{\"personas\":[{\"key\":\"head_of_operations\",\"title\":\"Head of Operations\",\"pains\":[\"Manual work\"],"
                + "\"sequence\":[" + touches + "]}]}";
    }

    static String completion(String content) {
        return EventJson.write(java.util.Map.of("id", "chatcmpl-1", "choices", List.of(java.util.Map.of("index", 0,
                "message", java.util.Map.of("role", "assistant", "content", content))),
                "usage", java.util.Map.of("prompt_tokens", 1000, "completion_tokens", 500)));
    }

    static VendorProfile vendor() {
        return SiteAnalysis.vendor("acme.test", Sites.aSaasVendor());
    }

    static ProspectProfile prospect() {
        return SiteAnalysis.prospect("bright.test", Sites.aProspect());
    }

    static List<DefaultPersona> chosen() {
        return List.of(DefaultPersona.head_of_operations);
    }
}
