package com.agencyos.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.TestIssuer;
import com.agencyos.scoring.score.application.ScoredLead;
import com.agencyos.scoring.score.domain.LeadFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
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
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Throughput figures for docs/performance.md. Not a test: failsafe runs it only with {@code -Dbenchmark=true}
 * (see the {@code benchmark} profile in the module's pom). Sizes: {@code -Dbenchmark.leads} (default 5000),
 * {@code -Dbenchmark.tenantLeads} (100000), {@code -Dbenchmark.runs} (3).
 */
@AgencyIntegrationTest
class ScoringBenchmark {

    private static final int LEADS = Integer.getInteger("benchmark.leads", 5_000);
    private static final int TENANT_LEADS = Integer.getInteger("benchmark.tenantLeads", 100_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    @Autowired TestIssuer issuer;
    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrap;

    private final List<String> table = new ArrayList<>();

    @Test
    void measuresScoringThroughputAndTenantRescoreCost() throws Exception {
        line("scoring-service benchmark, %s, %d cores, leads per pipeline run %d, tenant leads %d, runs %d",
                Instant.now(), Runtime.getRuntime().availableProcessors(), LEADS, TENANT_LEADS, RUNS);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("bench.raw", 6, (short) 1))).all().get();
        }
        pipeline();
        tenantRescore();
        String text = String.join("\n", table) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text, StandardCharsets.UTF_8);
    }

    /** lead.enriched published → lead.scored on the topic, against raw Kafka produce → consume of the same records. */
    private void pipeline() {
        double[] service = new double[RUNS];
        double[] serviceP99 = new double[RUNS];
        double[] raw = new double[RUNS];
        double[] rawP99 = new double[RUNS];
        warmUp();
        for (int run = 0; run < RUNS; run++) {
            Measured rawRun = measure("bench.raw", "bench.raw", UUID.randomUUID(), LEADS);
            Measured serviceRun = measure("lead.enriched", "lead.scored", UUID.randomUUID(), LEADS);
            raw[run] = rawRun.perSecond();
            rawP99[run] = rawRun.p99Millis();
            service[run] = serviceRun.perSecond();
            serviceP99[run] = serviceRun.p99Millis();
            line("run %d: raw Kafka %.0f rec/s p99 %.0f ms | service %.0f leads/s p99 %.0f ms | ratio %.3f", run + 1,
                    raw[run], rawP99[run], service[run], serviceP99[run], service[run] / raw[run]);
        }
        line("");
        line("| %-44s | %12s | %12s |", "pipeline, " + LEADS + " leads (median of " + RUNS + ")", "per second", "p99 ms");
        line("|%s|%s|%s|", "-".repeat(46), "-".repeat(14), "-".repeat(14));
        line("| %-44s | %12.0f | %12.0f |", "raw Kafka produce -> consume (baseline)", median(raw), median(rawP99));
        line("| %-44s | %12.0f | %12.0f |", "lead.enriched -> lead.scored (service)", median(service), median(serviceP99));
        line("| %-44s | %12.3f | %12s |", "service / baseline", median(service) / median(raw), "");
        line("");
    }

    private void warmUp() {
        measure("lead.enriched", "lead.scored", UUID.randomUUID(), Math.min(500, LEADS));
    }

    private record Measured(double perSecond, double p99Millis) {
    }

    /**
     * Publishes {@code count} lead.enriched payloads to {@code in} as fast as the producer goes and waits for a
     * record per lead on {@code out}; throughput is leads over first send to last arrival.
     */
    private Measured measure(String in, String out, UUID tenant, int count) {
        Map<String, Long> sent = new HashMap<>();
        long[] latencies = new long[count];
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.auto.commit", "false", "isolation.level", "read_committed", "max.poll.records", "2000"),
                new StringDeserializer(), new StringDeserializer());
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                        "acks", "all", "enable.idempotence", "true", "linger.ms", "5"),
                        new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(out, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(out, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            List<ProducerRecord<String, String>> records = new ArrayList<>(count);
            for (int index = 0; index < count; index++) {
                UUID lead = UUID.randomUUID();
                var record = new ProducerRecord<>(in, lead.toString(),
                        ScoringServiceIT.enriched(lead, tenant, TITLES[index % TITLES.length], "Retail"));
                headers(record, "agencyos.lead.enriched.v1", tenant);
                records.add(record);
            }
            long start = System.nanoTime();
            for (var record : records) {
                sent.put(record.key(), System.nanoTime());
                producer.send(record);
            }
            producer.flush();
            int received = 0;
            long last = start;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (received < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    Long at = sent.remove(record.key());
                    if (at != null) {
                        last = System.nanoTime();
                        latencies[received++] = last - at;
                    }
                }
            }
            assertThat(received).as("records arrived on " + out).isEqualTo(count);
            Arrays.sort(latencies);
            double seconds = (last - start) / 1e9;
            return new Measured(count / seconds, latencies[(int) Math.ceil(count * 0.99) - 1] / 1e6);
        }
    }

    private static final String[] TITLES = {"Managing Director", "CFO", "Head of Sales", "Intern", "Sales Manager"};

    private static void headers(ProducerRecord<String, String> record, String type, UUID tenant) {
        Map<String, String> headers = Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", type,
                "ce_source", "/agencyos/benchmark", "ce_specversion", "1.0", "ce_time", Instant.now().toString(),
                "ce_tenantid", tenant.toString(), "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Inserts the tenant's lead facts straight into the table, then times the rescore job: the first runs score
     * every lead anew (new weights each time, so every lead changes, is stored and gets a lead.scored in the
     * outbox); a last run with the same weights finds every score unchanged.
     */
    private void tenantRescore() {
        UUID tenant = UUID.randomUUID();
        String owner = issuer.token(tenant, "owner");
        insertLeads(tenant);
        double[][] weights = {{0.2, 0.25, 0.25, 0.15, 0.15}, {0.3, 0.3, 0.2, 0.1, 0.1}, {0.25, 0.25, 0.2, 0.2, 0.1},
            {0.1, 0.4, 0.2, 0.2, 0.1}, {0.2, 0.2, 0.2, 0.2, 0.2}};
        double[] changedSeconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            setWeights(owner, weights[run % weights.length]);
            Instant runStart = Instant.now();
            changedSeconds[run] = rescoreJob(owner);
            line("rescore run %d (new weights): %.1f s, %.0f leads/s, %d scores changed", run + 1, changedSeconds[run],
                    TENANT_LEADS / changedSeconds[run], changedSince(tenant, runStart));
        }
        double[] unchangedSeconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            unchangedSeconds[run] = rescoreJob(owner);
            line("rescore run %d (no score changes): %.1f s, %.0f leads/s", run + 1, unchangedSeconds[run],
                    TENANT_LEADS / unchangedSeconds[run]);
        }
        long drainStart = System.nanoTime();
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> db.sql(
                "SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL")
                .map(row -> row.get("n", Long.class)).one().block() == 0);
        double drain = (System.nanoTime() - drainStart) / 1e9;
        line("");
        line("| %-44s | %12s | %12s |", "tenant rescore, " + TENANT_LEADS + " leads (median of " + RUNS + ")", "wall s",
                "leads/s");
        line("|%s|%s|%s|", "-".repeat(46), "-".repeat(14), "-".repeat(14));
        line("| %-44s | %12.1f | %12.0f |", "new weights: scores change (stored + outbox)", median(changedSeconds),
                TENANT_LEADS / median(changedSeconds));
        line("| %-44s | %12.1f | %12.0f |", "no score changes (compare only)", median(unchangedSeconds),
                TENANT_LEADS / median(unchangedSeconds));
        line("| %-44s | %12.1f | %12s |", "outbox backlog drained after the last run", drain, "");
    }

    private long changedSince(UUID tenant, Instant since) {
        return db.sql("SELECT count(*) AS n FROM lead_score WHERE tenant_id = :tenant AND scored_at >= :since")
                .bind("tenant", tenant).bind("since", since.atOffset(ZoneOffset.UTC))
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private void insertLeads(UUID tenant) {
        LeadFacts facts = LeadFacts.builder().email("jo.bloggs@acme.com.au").emailVerified(true).phone("+61412345678")
                .linkedinUrl("https://www.linkedin.com/in/jobloggs").title("Managing Director").industry("Retail")
                .employeeCount(20).country("Australia").hiring(true).latestFundingDate(LocalDate.of(2026, 3, 1))
                .companyDomain("acme.com.au").websiteReachable(true).domainRank(300).organicTraffic(800)
                .top10Keywords(3).spamScore(10).build();
        var summary = new ScoredLead.LeadSummary("jo.bloggs@acme.com.au", "Jo", "Bloggs", "Managing Director", "Acme",
                "acme.com.au", "Australia", null);
        long start = System.nanoTime();
        db.sql("""
                INSERT INTO lead_facts (lead_id, tenant_id, facts, summary, updated_at)
                SELECT gen_random_uuid(), :tenant,
                       jsonb_set(CAST(:facts AS jsonb), '{title}', to_jsonb((ARRAY['Managing Director', 'CFO',
                           'Head of Sales', 'Intern', 'Sales Manager'])[1 + i % 5])),
                       CAST(:summary AS jsonb), now()
                FROM generate_series(1, :count) AS i""")
                .bind("tenant", tenant).bind("facts", EventJson.write(facts)).bind("summary", EventJson.write(summary))
                .bind("count", TENANT_LEADS)
                .fetch().rowsUpdated().block();
        line("inserted %d lead facts in %.1f s", TENANT_LEADS, (System.nanoTime() - start) / 1e9);
    }

    private void setWeights(String owner, double[] w) {
        web.put().uri("/api/v1/scores/weights").headers(h -> h.setBearerAuth(owner))
                .bodyValue(Map.of("dataQuality", w[0], "authority", w[1], "companyFit", w[2], "timing", w[3], "risk", w[4]))
                .exchange().expectStatus().isOk();
    }

    private double rescoreJob(String owner) {
        long start = System.nanoTime();
        String jobId = EventJson.tree(new String(web.post().uri("/api/v1/scores/rescore")
                .headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isAccepted()
                .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8)).get("jobId").asString();
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            var job = EventJson.tree(new String(web.get().uri("/api/v1/scores/rescore/{id}", jobId)
                    .headers(h -> h.setBearerAuth(owner)).exchange().expectStatus().isOk()
                    .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8));
            assertThat(job.get("status").asString()).isNotEqualTo("failed");
            return "completed".equals(job.get("status").asString());
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private void line(String format, Object... args) {
        table.add(args.length == 0 ? format : String.format(format, args));
    }
}
