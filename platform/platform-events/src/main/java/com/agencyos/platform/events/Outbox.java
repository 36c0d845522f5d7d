package com.agencyos.platform.events;

import com.agencyos.platform.trace.TraceSpans;
import com.agencyos.platform.trace.Traceparent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Appends events to the service's outbox table. Call it inside the transaction that makes the state change
 * the events describe (a {@code TransactionalOperator} around both): they commit together or not at all.
 */
public class Outbox {

    static final String CHANNEL = "agencyos_outbox";

    private final DatabaseClient db;
    private final Clock clock;

    public Outbox(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Void> append(OutgoingEvent event) {
        return append(List.of(event));
    }

    public Mono<Void> append(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return Mono.deferContextual(ctx -> {
            String parent = ctx.getOrDefault(Traceparent.CONTEXT_KEY, null);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            return Flux.fromIterable(events)
                    .concatMap(event -> insert(event, TraceSpans.global().forOutbox(parent), now))
                    .then(db.sql("SELECT pg_notify('" + CHANNEL + "', '')").fetch().rowsUpdated().then());
        });
    }

    private Mono<Long> insert(OutgoingEvent event, String traceparent, OffsetDateTime now) {
        var spec = db.sql("""
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, tenant_id, subject, traceparent,
                                          payload, occurred_at)
                VALUES (:id, :topic, :key, :type, :tenant, :subject, :traceparent, :payload, :occurredAt)""")
                .bind("id", UUID.randomUUID())
                .bind("topic", event.topic())
                .bind("key", event.key())
                .bind("type", event.type())
                .bind("traceparent", traceparent)
                .bind("payload", EventJson.write(event.payload()))
                .bind("occurredAt", now);
        spec = event.tenantId() == null ? spec.bindNull("tenant", String.class) : spec.bind("tenant", event.tenantId().toString());
        spec = event.subject() == null ? spec.bindNull("subject", String.class) : spec.bind("subject", event.subject());
        return spec.fetch().rowsUpdated();
    }
}
