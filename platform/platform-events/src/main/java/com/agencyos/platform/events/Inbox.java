package com.agencyos.platform.events;

import com.agencyos.platform.trace.TraceSpans;
import com.agencyos.platform.trace.Traceparent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Runs a consumer's handler at most once per event: the event id is recorded in {@code inbox_event} in the
 * same transaction as whatever the handler writes (including the events it appends to the outbox).
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Duration timeout;
    private final Counter duplicates;

    public Inbox(DatabaseClient db, TransactionalOperator tx, Duration timeout, MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.timeout = timeout;
        this.duplicates = Counter.builder("agencyos.inbox.duplicates")
                .description("Redelivered events the inbox recognised and skipped").register(meters);
    }

    /**
     * Processes one record for the named consumer, blocking the listener thread until the transaction commits.
     *
     * @return true if the handler ran, false if the event had already been processed or the record is a tombstone
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record,
            Function<IncomingEvent, Mono<?>> handler) {
        if (record.value() == null) {
            // A tombstone on a compacted topic: the key's history is being erased, there is no event to handle.
            log.debug("Skipped tombstone {}-{}@{} for {}", record.topic(), record.partition(), record.offset(), consumer);
            return false;
        }
        IncomingEvent event = IncomingEvent.from(record);
        // With the agent: a real consumer span, current while the handler runs, whose ids the outbox stores.
        TraceSpans.Started span = TraceSpans.global().start(record.topic() + " process", SpanKind.CONSUMER, event.traceparent(),
                Map.of("messaging.system", "kafka", "messaging.operation", "process", "messaging.destination.name", record.topic(),
                        "messaging.consumer.group.name", consumer, "messaging.message.id", String.valueOf(event.id()),
                        "cloudevents.event_type", String.valueOf(event.type())));
        String traceparent = span.traceparent().toString();
        MDC.put("trace_id", span.traceparent().traceId());
        try (Scope scope = span.makeCurrent()) {
            Boolean handled = tx.transactional(claim(consumer, event)
                            .flatMap(fresh -> fresh ? handler.apply(event).then(Mono.just(true)) : Mono.just(false)))
                    .contextWrite(ctx -> ctx.put(Traceparent.CONTEXT_KEY, traceparent))
                    .block(timeout);
            span.end();
            if (!Boolean.TRUE.equals(handled)) {
                duplicates.increment();
                log.debug("Skipped already processed event {} ({}) for {}", event.id(), event.type(), consumer);
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            span.fail(e);
            throw e;
        } finally {
            MDC.remove("trace_id");
        }
    }

    private Mono<Boolean> claim(String consumer, IncomingEvent event) {
        return db.sql("""
                INSERT INTO inbox_event (consumer, event_id, event_type, topic)
                VALUES (:consumer, :id, :type, :topic)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .bind("consumer", consumer)
                .bind("id", event.id())
                .bind("type", event.type())
                .bind("topic", event.topic())
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }
}
