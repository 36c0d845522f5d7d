package com.agencyos.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.ingest.support.Sealing;
import com.agencyos.ingest.support.Signer;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Not part of the build (the name matches neither test pattern). Measures how fast a signed lead is acknowledged
 * (signature, durable receipt and outbox row in one transaction, then 202) against a bare WebFlux endpoint that
 * only reads the body, in the same process and run, with the same client:
 *
 * <pre>./mvnw -B -o -pl webhook-ingest-service test -Dtest=AckLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.requests=3000 -Dbench.concurrency=16</pre>
 *
 * Results go to stdout and {@code target/ack-latency.txt}.
 */
@AgencyIntegrationTest
@TestPropertySource(properties = {"agencyos.ingest.secrets-key=" + Sealing.DOCUMENTED_KEY_HEX,
    // The benchmark measures acknowledgement, not the limiter's refusals: one tenant sends every request.
    "agencyos.ingest.intake-rate-limit.burst=100000000", "agencyos.ingest.intake-rate-limit.per-second=100000000"})
@Import(AckLatencyBenchmark.Bare.class)
class AckLatencyBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.requests", 3000);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    static final int WARMUP = Math.max(200, REQUESTS / 5);

    @LocalServerPort int port;
    @Autowired EventProbe events;
    @Autowired DatabaseClient db;

    /** The baseline: public like the webhooks, reads the whole body, answers 202, touches nothing else. */
    @TestConfiguration
    @RestController
    static class Bare {

        @PostMapping("/webhooks/bench-bare")
        Mono<ResponseEntity<String>> bare(ServerHttpRequest request) {
            return DataBufferUtils.join(request.getBody()).map(buffer -> {
                DataBufferUtils.release(buffer);
                return ResponseEntity.status(HttpStatus.ACCEPTED).body("{\"ok\":true}");
            });
        }
    }

    record Run(String name, List<Long> micros, long wallNanos, int failures) {

        String report() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            double seconds = wallNanos / 1e9;
            return "%-22s n=%d  p50=%.2f ms  p99=%.2f ms  max=%.2f ms  throughput=%.0f req/s  failures=%d".formatted(name,
                    sorted.size(), at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0, sorted.getLast() / 1000.0,
                    sorted.size() / seconds, failures);
        }

        static long at(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
        }
    }

    @Test
    void signedWebhookAcknowledgementAgainstABareEndpoint() throws Exception {
        UUID tenant = UUID.randomUUID();
        String secret = "whsec_bench_" + tenant;
        String id = events.publish("tenant.secrets", "agencyos.tenant.secrets-changed.v1", tenant.toString(), tenant,
                WebhookIngestServiceIT.secretsChanged(tenant, 1, WebhookIngestServiceIT.secret(UUID.randomUUID(), secret, null)));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.sql("SELECT count(*) FROM inbox_event WHERE event_id = '" + id + "'")
                .map(row -> row.get(0, Long.class)).one().block() == 1);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI bare = URI.create("http://127.0.0.1:" + port + "/webhooks/bench-bare");
        URI signed = URI.create("http://127.0.0.1:" + port + "/webhooks/leads/" + tenant);
        IntFunction<HttpRequest> bareRequest = i -> HttpRequest.newBuilder(bare).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(i))).build();
        IntFunction<HttpRequest> signedRequest = i -> {
            String body = body(i);
            return HttpRequest.newBuilder(signed).header("Content-Type", "application/json")
                    .header("X-AgencyOS-Signature", Signer.header(secret, Instant.now().getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        };

        run("warm-up bare", http, bareRequest, WARMUP, 0);
        run("warm-up signed", http, signedRequest, WARMUP, 1_000_000);
        Run bareRun = run("bare WebFlux", http, bareRequest, REQUESTS, 0);
        Run signedRun = run("signed webhook (202)", http, signedRequest, REQUESTS, 2_000_000);

        String report = "requests=%d concurrency=%d cores=%d%n%s%n%s%n".formatted(REQUESTS, CONCURRENCY,
                Runtime.getRuntime().availableProcessors(), bareRun.report(), signedRun.report());
        System.out.print(report);
        Files.writeString(Path.of("target", "ack-latency.txt"), report);
        assertThat(signedRun.failures()).isZero();
        assertThat(bareRun.failures()).isZero();
    }

    static String body(int i) {
        return "{\"email\":\"bench." + i + "." + UUID.randomUUID() + "@acme.com.au\",\"firstName\":\"Bench\",\"companyName\":\"Acme\"}";
    }

    Run run(String name, HttpClient http, IntFunction<HttpRequest> requests, int count, int offset) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < CONCURRENCY; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpRequest request = requests.apply(offset + i);
                        long t0 = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != 202) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        micros.add((System.nanoTime() - t0) / 1000);
                    }
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        }
        return new Run(name, micros, System.nanoTime() - started, failures.get());
    }
}
