package com.agencyos.platform.events;

import com.agencyos.platform.trace.TraceSpans;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.SpanKind;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Publishes committed outbox rows to Kafka. See the package documentation for the guarantees; in short:
 * woken by {@code LISTEN}/{@code NOTIFY} (with a fallback poll), one relay per database at a time through an
 * advisory lock, rows marked published only after Kafka acknowledged them.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by every instance of a service (each service has its own database). */
    static final long LOCK_ID = 0x4167_4f53_5265_6c61L;

    private final ConnectionFactory connections;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final KafkaTemplate<String, String> kafka;
    private final AgencyEventsProperties properties;
    private final Counter published;
    private final Timer lag;
    private final Disposable.Composite running = Disposables.composite();
    private volatile boolean started;
    private volatile boolean listening;
    private volatile double oldestAgeSeconds;

    public OutboxRelay(ConnectionFactory connections, DatabaseClient db, TransactionalOperator tx,
            KafkaTemplate<String, String> kafka, AgencyEventsProperties properties, MeterRegistry meters) {
        this.connections = connections;
        this.db = db;
        this.tx = tx;
        this.kafka = kafka;
        this.properties = properties;
        this.published = Counter.builder("agencyos.outbox.published").description("Outbox events published")
                .register(meters);
        this.lag = Timer.builder("agencyos.outbox.lag").description("Time from commit to Kafka acknowledgement")
                .publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("agencyos.outbox.oldest.age", this, relay -> relay.oldestAgeSeconds)
                .description("Age in seconds of the oldest event not yet published (0 when the outbox is drained)")
                .baseUnit("seconds").register(meters);
    }

    @Override
    public void start() {
        started = true;
        Flux<Long> wakeups = Flux.merge(notifications(), Flux.interval(Duration.ZERO, properties.relayFastPollInterval())
                .filter(tick -> !listening || tick % pollEvery() == 0));
        running.add(wakeups
                .onBackpressureLatest()
                .concatMap(tick -> drainAll().onErrorResume(e -> {
                    log.warn("Outbox relay failed; will retry on the next wake-up: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe());
        // A stalled relay shows as a growing age here, whatever the reason (Kafka down, lock held, bug).
        running.add(Flux.interval(Duration.ZERO, Duration.ofSeconds(15))
                .concatMap(tick -> oldestPendingAgeSeconds().onErrorResume(e -> Mono.empty()))
                .subscribe(age -> oldestAgeSeconds = age));
        running.add(Flux.interval(Duration.ofMinutes(1), Duration.ofMinutes(10))
                .concatMap(tick -> purge().onErrorResume(e -> Mono.empty()))
                .subscribe());
    }

    private long pollEvery() {
        return Math.max(1, properties.relayPollInterval().toMillis() / Math.max(1, properties.relayFastPollInterval().toMillis()));
    }

    /** A tick on every notification, and one after each (re)connect to catch up on what was missed. */
    private Flux<Long> notifications() {
        ConnectionFactory raw = connections instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory cf
                ? cf : connections;
        return Flux.usingWhen(Mono.from(raw.create()),
                        connection -> {
                            if (!(connection instanceof PostgresqlConnection pg)) {
                                return Flux.<Long>never();
                            }
                            return pg.createStatement("LISTEN " + Outbox.CHANNEL).execute()
                                    .flatMap(result -> result.getRowsUpdated()).then()
                                    .doOnSuccess(v -> listening = true)
                                    .thenMany(pg.getNotifications().map(n -> 1L).startWith(0L));
                        },
                        connection -> Mono.from(connection.close()))
                .doOnError(e -> listening = false)
                .doOnComplete(() -> listening = false)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10))
                        .filter(e -> started));
    }

    /** Publishes batches until the outbox is empty. */
    public Mono<Long> drainAll() {
        return drainBatch()
                .expand(count -> count >= properties.relayBatchSize() ? drainBatch() : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> drainBatch() {
        Mono<Long> batch = db.sql("SELECT pg_try_advisory_xact_lock(:lock) AS locked").bind("lock", LOCK_ID)
                .map(row -> row.get("locked", Boolean.class)).one()
                .flatMap(locked -> locked ? pending().collectList().flatMap(this::publish) : Mono.just(0L));
        return tx.transactional(batch);
    }

    private Flux<PendingEvent> pending() {
        return db.sql("""
                SELECT seq, event_id, topic, event_key, event_type, tenant_id, subject, traceparent, payload, occurred_at
                FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT :limit""")
                .bind("limit", properties.relayBatchSize())
                .map(row -> new PendingEvent(row.get("seq", Long.class), row.get("event_id", java.util.UUID.class).toString(),
                        row.get("topic", String.class), row.get("event_key", String.class),
                        row.get("event_type", String.class), row.get("tenant_id", String.class),
                        row.get("subject", String.class), row.get("traceparent", String.class),
                        row.get("payload", String.class), row.get("occurred_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    private Mono<Long> publish(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return Mono.just(0L);
        }
        return Mono.fromCallable(() -> {
                    List<CompletableFuture<?>> acks = new ArrayList<>(events.size());
                    for (PendingEvent event : events) {
                        acks.add(send(event));
                    }
                    return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture)
                .then(db.sql("UPDATE outbox_event SET published_at = now() WHERE seq = ANY(:seqs)")
                        .bind("seqs", events.stream().map(PendingEvent::seq).toArray(Long[]::new))
                        .fetch().rowsUpdated())
                .doOnSuccess(rows -> {
                    published.increment(events.size());
                    Instant now = Instant.now();
                    events.forEach(e -> lag.record(Duration.between(e.occurredAt(), now)));
                })
                .thenReturn((long) events.size());
    }

    /**
     * With the agent attached the send is a producer span, child of the span the event was appended under, and the
     * record carries the producer span's context; without it the record carries the stored traceparent as is.
     */
    private CompletableFuture<?> send(PendingEvent event) {
        TraceSpans spans = TraceSpans.global();
        if (!spans.active()) {
            return kafka.send(toRecord(event, event.traceparent()));
        }
        TraceSpans.Started span = spans.start(event.topic() + " publish", SpanKind.PRODUCER, event.traceparent(),
                Map.of("messaging.system", "kafka", "messaging.operation", "publish", "messaging.destination.name", event.topic(),
                        "messaging.message.id", event.id(), "cloudevents.event_type", event.type()));
        return kafka.send(toRecord(event, span.traceparent().toString())).whenComplete((result, error) -> {
            if (error == null) {
                span.end();
            } else {
                span.fail(error);
            }
        });
    }

    private ProducerRecord<String, String> toRecord(PendingEvent event, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.id());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, properties.source());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.TENANT_ID, event.tenantId());
        header(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Seconds since the oldest event still waiting to be published occurred; 0 when none waits. */
    public Mono<Double> oldestPendingAgeSeconds() {
        return db.sql("SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)::float8 AS age FROM outbox_event WHERE published_at IS NULL")
                .map(row -> row.get("age", Double.class)).one();
    }

    private Mono<Long> purge() {
        return db.sql("DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => :secs)")
                .bind("secs", (double) properties.outboxRetention().toSeconds())
                .fetch().rowsUpdated();
    }

    @Override
    public void stop() {
        started = false;
        running.dispose();
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Stop after the web server and listeners (higher phases stop first), so late events still relay. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    record PendingEvent(long seq, String id, String topic, String key, String type, String tenantId, String subject,
            String traceparent, String payload, Instant occurredAt) {
    }
}
