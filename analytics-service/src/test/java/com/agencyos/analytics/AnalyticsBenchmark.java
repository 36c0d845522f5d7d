package com.agencyos.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.lead.application.LeadRebuild;
import com.agencyos.analytics.replay.adapter.messaging.TopicReplay;
import com.agencyos.platform.events.CloudEventHeaders;
import com.agencyos.platform.test.AgencyIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Figures for docs/performance.md. Not a test: failsafe runs it only with {@code -Dbenchmark=true} (the
 * {@code benchmark} profile of this module's pom). Sizes: {@code -Dbenchmark.events} published through Kafka
 * (default 20000), as fast as possible or at {@code -Dbenchmark.rate} events per second,
 * {@code -Dbenchmark.facts} replayed by the rebuild (default 1000000; 0 skips the rebuild), and
 * {@code -Dbenchmark.replay} more events produced to the topics before every topic is replayed from the beginning into
 * a fresh database (default 50000; 0 skips the topic replay).
 */
@AgencyIntegrationTest
class AnalyticsBenchmark {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 20_000);
    private static final int FACTS = Integer.getInteger("benchmark.facts", 1_000_000);
    private static final int RATE = Integer.getInteger("benchmark.rate", 0);
    private static final int REPLAY = Integer.getInteger("benchmark.replay", 50_000);
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    @Autowired DatabaseClient db;
    @Autowired LeadRebuild rebuild;
    @Autowired TopicReplay replay;
    @Autowired AnalyticsProperties properties;
    @Autowired Clock clock;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrap;

    private final List<String> table = new ArrayList<>();

    @Test
    void measuresProjectionLagUnderLoadAndRebuildTime() throws Exception {
        line("analytics-service benchmark, %s, %d cores, load average %.1f, %d events through Kafka (rate %s),"
                + " %d facts rebuilt, %d more events for the topic replay", Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), EVENTS,
                RATE > 0 ? RATE + "/s" : "unpaced", FACTS, REPLAY);
        lagUnderLoad();
        if (FACTS > 0) {
            rebuildTime();
        }
        if (REPLAY > 0) {
            topicReplayTime();
        }
        String text = String.join("\n", table) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text, StandardCharsets.UTF_8);
    }

    /**
     * A lead's five events (form, enrichment, scoring, touch, reply) for EVENTS / 5 leads, sent as fast as the
     * producer goes; each carries its send time as its own time, so recorded_at − occurred_at is the lag from
     * event time to a committed, queryable fact and view.
     */
    private void lagUnderLoad() throws Exception {
        UUID tenant = UUID.randomUUID();
        long before = count("SELECT count(*) FROM event_fact");
        int leads = EVENTS / JOURNEY;
        Instant started = Instant.now();
        publish(tenant, leads, RATE);
        Instant sent = Instant.now();
        long expected = before + (long) leads * JOURNEY;
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> count("SELECT count(*) FROM event_fact") >= expected);
        Instant done = Instant.now();
        var lag = db.sql("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max,
                       extract(epoch FROM max(recorded_at) - min(recorded_at))::float8 AS spread
                FROM (SELECT extract(epoch FROM recorded_at - occurred_at)::float8 * 1000 AS ms, recorded_at
                      FROM event_fact WHERE tenant_id = :tenant) lags""")
                .bind("tenant", tenant)
                .map(row -> new double[] {row.get("p50", Double.class), row.get("p99", Double.class),
                    row.get("max", Double.class), row.get("spread", Double.class)})
                .one().block();
        double seconds = Duration.between(started, done).toMillis() / 1000.0;
        line("lag under load: %d events (%d leads) sent in %.1f s (%.0f events/s offered); all recorded after %.1f s:"
                + " %.0f events/s consumed", (long) leads * JOURNEY, leads,
                Duration.between(started, sent).toMillis() / 1000.0,
                leads * JOURNEY / (Duration.between(started, sent).toMillis() / 1000.0), seconds,
                leads * JOURNEY / seconds);
        line("event time -> queryable (fact and view committed): p50 %.0f ms, p99 %.0f ms, max %.0f ms", lag[0], lag[1],
                lag[2]);
        var steady = db.sql("""
                SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
                FROM (SELECT extract(epoch FROM recorded_at - occurred_at)::float8 * 1000 AS ms FROM event_fact
                      WHERE tenant_id = :tenant
                        AND occurred_at >= (SELECT min(occurred_at) FROM event_fact WHERE tenant_id = :tenant)
                                           + interval '60 seconds') lags""")
                .bind("tenant", tenant)
                .map(row -> new double[] {row.get("n", Long.class), row.get("p50", Double.class),
                    row.get("p99", Double.class), row.get("max", Double.class)})
                .one().block();
        // The first minute holds the start: the group joining ten topics and a cold JIT build a backlog that then drains.
        line("event time -> queryable after the first 60 s (%d events): p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                (long) steady[0], steady[1], steady[2], steady[3]);
        assertThat(count("SELECT count(*) FROM lead_view WHERE tenant_id = '" + tenant + "'")).isEqualTo(leads);
    }

    /** FACTS facts of a realistic mix written straight into event_fact, then the lead view rebuilt from all facts. */
    private void rebuildTime() {
        UUID tenant = UUID.randomUUID();
        Instant fill = Instant.now();
        db.sql("""
                INSERT INTO event_fact (event_id, event_type, topic, tenant_id, lead_id, occurred_at, payload)
                SELECT gen_random_uuid()::text, t.type, t.topic, :tenant, l.lead, now() - (l.n || ' minutes')::interval,
                       jsonb_build_object('leadId', l.lead, 'tenantId', :tenant, 'mode', 'sent', 'score', l.n % 100,
                         'tier', 'warm', 'email', 'lead' || l.n || '@acme.com.au', 'campaignId', :campaign,
                         'contact', jsonb_build_object('email', 'lead' || l.n || '@acme.com.au', 'firstName', 'Lead'),
                         'company', jsonb_build_object('name', 'Company ' || (l.n % 1000), 'domain', 'c' || (l.n % 1000) || '.com.au'),
                         'components', jsonb_build_object('dataQuality', 10, 'authority', 20, 'companyFit', 15,
                           'timing', 5, 'risk', 15))
                FROM (SELECT n, gen_random_uuid() AS lead FROM generate_series(1, :leads) n) l
                CROSS JOIN (VALUES ('agencyos.form.received.v1', 'form.received'),
                                   ('agencyos.lead.enriched.v1', 'lead.enriched'),
                                   ('agencyos.lead.scored.v1', 'lead.scored'),
                                   ('agencyos.touch.sent.v1', 'touch.sent'),
                                   ('agencyos.lead.converted.v1', 'lead.converted')) t(type, topic)""")
                .bind("tenant", tenant)
                .bind("campaign", UUID.randomUUID().toString())
                .bind("leads", FACTS / 5)
                .fetch().rowsUpdated().block(PATIENCE);
        long total = count("SELECT count(*) FROM event_fact WHERE lead_id IS NOT NULL");
        line("rebuild input: %d synthetic facts written in %.1f s; %d lead facts in total", FACTS,
                Duration.between(fill, Instant.now()).toMillis() / 1000.0, total);
        var outcome = rebuild.rebuild().block(PATIENCE);
        double seconds = outcome.took().toMillis() / 1000.0;
        line("rebuild: %d leads from %d facts in %.1f s (%.0f facts/s); 1,000,000 facts at that rate: %.0f s",
                outcome.leads(), outcome.facts(), seconds, outcome.facts() / seconds,
                1_000_000 / (outcome.facts() / seconds));
        assertThat(outcome.facts()).isEqualTo(total);
    }


    /** Events per lead: form, enrichment, scoring, touch and reply. */
    private static final int JOURNEY = 5;

    /**
     * Sends {@code leads} journeys of {@link #JOURNEY} events each for the tenant (at {@code rate} events/s, or as fast
     * as the producer goes when 0). Every event is a contract example moved to its lead, with a fresh {@code ce_id},
     * and its send time as its own time.
     */
    private void publish(UUID tenant, int leads, int rate) {
        UUID template = UUID.randomUUID();
        Instant marker = Instant.parse("2026-11-23T09:00:00Z");
        List<Events> journey = List.of(
                Events.formReceived(tenant, template, marker, "jo@acme.com.au", "Jo", "Bloggs", "Acme"),
                Events.leadEnriched(tenant, template, marker), Events.leadScored(tenant, template, marker, 70, "warm"),
                Events.touchSent(tenant, template, marker, "sent"), Events.replyClassified(tenant, template, marker));
        Instant started = Instant.now();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all",
                "enable.idempotence", "true", "linger.ms", "5"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < leads; i++) {
                pace(started, (long) i * JOURNEY, rate);
                String lead = UUID.randomUUID().toString();
                for (Events event : journey) {
                    String now = Instant.now().toString();
                    String json = event.json().replace(template.toString(), lead).replace(marker.toString(), now)
                            .replace("2026-11-23T09:00:00.000Z", now);
                    RecordHeaders headers = new RecordHeaders();
                    Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, event.type(),
                            CloudEventHeaders.SOURCE, "/agencyos/benchmark", CloudEventHeaders.SPEC_VERSION,
                            CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.TIME, now,
                            CloudEventHeaders.TENANT_ID, tenant.toString(), CloudEventHeaders.CONTENT_TYPE,
                            CloudEventHeaders.JSON).forEach((name, value) -> headers.add(name,
                            value.getBytes(StandardCharsets.UTF_8)));
                    producer.send(new ProducerRecord<>(event.topic(), null, lead, json, headers));
                }
            }
            producer.flush();
        }
    }

    /**
     * REPLAY more events produced (unpaced) to the topics, then every consumed topic replayed from the beginning into
     * a fresh database through the same intake as live consumption, as the jar's replay mode does; the replay reads
     * every record the topics hold by then, the lag phase's included.
     */
    private void topicReplayTime() {
        // The live listener stops first, so the replay has the machine to itself, as a replay process of its own would.
        listeners.stop();
        UUID tenant = UUID.randomUUID();
        Instant producing = Instant.now();
        publish(tenant, REPLAY / JOURNEY, 0);
        double produced = Duration.between(producing, Instant.now()).toMillis() / 1000.0;
        line("topic replay input: %d events produced in %.1f s (%.0f events/s), the live listener stopped",
                (long) REPLAY / JOURNEY * JOURNEY, produced, REPLAY / produced);
        try (ReplayDatabase fresh = new ReplayDatabase(properties, clock)) {
            TopicReplay.Outcome outcome = replay.replay(fresh.intake);
            double seconds = outcome.took().toMillis() / 1000.0;
            long leads = fresh.count("SELECT count(*) FROM lead_view");
            long facts = fresh.count("SELECT count(*) FROM event_fact");
            line("topic replay into a fresh database: %d events read from %d partitions in %.1f s (%.0f events/s): %d"
                    + " recorded, %d duplicates, %d poison; %d leads, %d facts; 1,000,000 events at that rate: %.0f s"
                    + " (%.1f h)", outcome.records(), outcome.partitions(), seconds, outcome.recordsPerSecond(),
                    outcome.recorded(), outcome.duplicates(), outcome.poison(), leads, facts,
                    1_000_000 / outcome.recordsPerSecond(), 1_000_000 / outcome.recordsPerSecond() / 3600);
            assertThat(fresh.count("SELECT count(*) FROM lead_view WHERE tenant_id = '" + tenant + "'"))
                    .isEqualTo(REPLAY / JOURNEY);
            assertThat(facts).isEqualTo(outcome.recorded());
        }
    }

    /** Waits until {@code sent} events are due at {@code rate} per second since {@code started} (none without a rate). */
    private static void pace(Instant started, long sent, int rate) {
        if (rate <= 0) {
            return;
        }
        long dueNanos = sent * 1_000_000_000L / rate;
        long elapsed = Duration.between(started, Instant.now()).toNanos();
        if (dueNanos > elapsed) {
            LockSupport.parkNanos(dueNanos - elapsed);
        }
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private void line(String format, Object... args) {
        table.add(String.format(java.util.Locale.ROOT, format, args));
    }
}
