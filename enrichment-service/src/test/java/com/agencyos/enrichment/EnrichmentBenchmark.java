package com.agencyos.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.enrichment.support.FakeHttpServer;
import com.agencyos.enrichment.support.FakeProviders;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Figures for docs/performance.md. Not a test: failsafe runs it only with {@code -Dbenchmark=true} (the
 * {@code benchmark} profile in the module's pom). Every provider answers from local fakes, every company website
 * from a local fixture site. Sizes: {@code -Dbenchmark.leads} (default 1000) leads per run over
 * {@code -Dbenchmark.domains} (100) company domains, {@code -Dbenchmark.runs} (3).
 */
@AgencyIntegrationTest
class EnrichmentBenchmark {

    private static final int LEADS = Integer.getInteger("benchmark.leads", 1_000);
    private static final int DOMAINS = Integer.getInteger("benchmark.domains", 100);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int PACED_RATE = Integer.getInteger("benchmark.pacedRate", 10);
    private static final Duration PATIENCE = Duration.ofMinutes(20);
    static final FakeHttpServer PROVIDERS = new FakeHttpServer();
    static final Map<String, String> PROVIDER_PROPERTIES = FakeProviders.serve(PROVIDERS);

    @Autowired EventProbe events;
    @Autowired DatabaseClient db;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrap;

    private final List<String> table = new ArrayList<>();

    @DynamicPropertySource
    static void providersOnLocalFakes(DynamicPropertyRegistry registry) {
        PROVIDER_PROPERTIES.forEach((name, value) -> registry.add(name, () -> value));
        for (int run = 0; run <= RUNS + 1; run++) {
            for (int d = 0; d < DOMAINS; d++) {
                String site = PROVIDERS.baseUrl() + "/sites/rich";
                registry.add("agencyos.enrichment.website.host-overrides[" + domain(run, d) + "]", () -> site);
            }
        }
    }

    static String domain(int run, int index) {
        return "r" + run + "-company" + index + ".test";
    }

    @Test
    void measuresEnrichmentThroughputLatencyAndCacheSavings() throws Exception {
        line("enrichment-service benchmark, %s, %d cores, %d leads per run over %d domains, %d runs", Instant.now(),
                Runtime.getRuntime().availableProcessors(), LEADS, DOMAINS, RUNS);
        measure(0, Math.min(200, LEADS), 0);
        line("(warm-up of %d leads discarded)", Math.min(200, LEADS));
        line("");
        line("| run | leads/s | p50 ms | p99 ms | provider calls | answered by cache | share saved |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        for (int run = 1; run <= RUNS; run++) {
            Measured m = measure(run, LEADS, 0);
            line("| %d | %.1f | %.0f | %.0f | %d | %d | %.1f %% |", run, m.perSecond, m.p50, m.p99, m.calls, m.cached,
                    100.0 * m.cached / Math.max(1, m.calls));
        }
        line("");
        line("Paced at %d leads/s (below capacity, so latency is the work per lead, not the queue):", PACED_RATE);
        line("| leads | leads/s | p50 ms | p99 ms | provider calls | answered by cache | share saved |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        Measured paced = measure(RUNS + 1, LEADS / 3, PACED_RATE);
        line("| %d | %.1f | %.0f | %.0f | %d | %d | %.1f %% |", LEADS / 3, paced.perSecond, paced.p50, paced.p99, paced.calls,
                paced.cached, 100.0 * paced.cached / Math.max(1, paced.calls));
        String text = String.join("\n", table) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text, StandardCharsets.UTF_8);
    }

    private record Measured(double perSecond, double p50, double p99, long calls, long cached) {
    }

    /** Takes every lead.enriched of the run off the topic as it arrives, with its latency and provider calls. */
    private static final class Arrivals {

        private final Map<String, Long> sent = new HashMap<>();
        private final long[] latencies;
        private int received;
        private long last;
        private long calls;
        private long cached;

        Arrivals(int count) {
            this.latencies = new long[count];
        }

        void take(KafkaConsumer<String, String> consumer, Duration wait) {
            for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
                Long at = sent.remove(record.key());
                if (at == null) {
                    continue;
                }
                last = System.nanoTime();
                latencies[received++] = last - at;
                for (JsonNode call : EventJson.tree(record.value()).get("providerCalls")) {
                    String provider = call.get("provider").asString();
                    if (!"cache".equals(provider) && !"skipped".equals(call.get("outcome").asString())) {
                        calls++;
                        cached += call.get("cached").asBoolean() ? 1 : 0;
                    }
                }
            }
        }
    }

    /**
     * Publishes the leads for a fresh tenant, as fast as the producer goes ({@code rate} 0) or at {@code rate} per
     * second while reading the results, and waits for every lead.enriched.
     */
    private Measured measure(int run, int count, int rate) {
        UUID tenant = UUID.randomUUID();
        activate(tenant);
        Arrivals arrivals = new Arrivals(count);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.auto.commit", "false", "max.poll.records", "2000"), new StringDeserializer(), new StringDeserializer());
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
                        "enable.idempotence", "true", "linger.ms", "5"), new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("lead.enriched", Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition("lead.enriched", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID lead = UUID.randomUUID();
                String domain = domain(run, i % DOMAINS);
                // every tenth person comes back, as a resubmitted form does
                String email = "person" + (i % 10 == 9 ? i - 1 : i) + "@" + domain;
                var record = new ProducerRecord<>("form.received", lead.toString(),
                        EnrichmentServiceIT.form(lead, tenant, email, "Pat", "Doe", "Company " + i, "https://" + domain + "/"));
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "agencyos.form.received.v1", "ce_source", "/agencyos/benchmark",
                        "ce_specversion", "1.0", "ce_tenantid", tenant.toString(), "content-type", "application/json")
                        .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                records.add(record);
            }
            long start = System.nanoTime();
            arrivals.last = start;
            for (int i = 0; i < records.size(); i++) {
                if (rate > 0) {
                    long due = start + i * 1_000_000_000L / rate;
                    while (System.nanoTime() < due) {
                        arrivals.take(consumer, Duration.ofNanos(Math.max(1_000_000, due - System.nanoTime())));
                    }
                }
                var record = records.get(i);
                arrivals.sent.put(record.key(), System.nanoTime());
                producer.send(record);
                if (rate > 0) {
                    producer.flush();
                }
            }
            producer.flush();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (arrivals.received < count && System.nanoTime() < deadline) {
                arrivals.take(consumer, Duration.ofMillis(50));
            }
            assertThat(arrivals.received).as("lead.enriched for every lead").isEqualTo(count);
            long[] latencies = arrivals.latencies;
            Arrays.sort(latencies);
            return new Measured(count / ((arrivals.last - start) / 1e9), latencies[count / 2] / 1e6,
                    latencies[(int) Math.ceil(count * 0.99) - 1] / 1e6, arrivals.calls, arrivals.cached);
        }
    }

    private void activate(UUID tenant) {
        events.publish("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant, """
                {"tenantId":"%s","status":"active","tier":"dominance","quotas":{"leadPoolPerMonth":1000000,"maxActiveCampaigns":5,
                 "linkedinSeats":1},"leadPoolUsed":0,"timeZone":"Australia/Melbourne","country":"AU",
                 "defaultPermissionMode":"co_pilot","icp":{"industries":[],"sizeMin":0,"sizeMax":1000,"locations":[],"titles":[],
                 "competitorDomains":[],"vendorWebsite":null},"dataSharingConsent":false,"deleted":false,"version":1}
                """.formatted(tenant));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.sql("SELECT count(*) AS n FROM tenant_state WHERE tenant_id = :t")
                .bind("t", tenant).map(row -> row.get("n", Long.class)).one().block() == 1);
    }

    private void line(String format, Object... args) {
        table.add(args.length == 0 ? format : String.format(format, args));
    }
}
