package com.agencyos.analytics.fact.adapter.persistence;

import com.agencyos.analytics.fact.application.EventFacts;
import com.agencyos.analytics.fact.domain.EventFact;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEventFacts implements EventFacts {

    private final DatabaseClient db;

    R2dbcEventFacts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> append(EventFact fact) {
        var spec = db.sql("""
                INSERT INTO event_fact (event_id, event_type, topic, tenant_id, lead_id, occurred_at, payload)
                VALUES (:eventId, :type, :topic, :tenantId, :leadId, :occurredAt, CAST(:payload AS jsonb))
                ON CONFLICT (event_id) DO NOTHING""")
                .bind("eventId", fact.eventId())
                .bind("type", fact.type())
                .bind("topic", fact.topic())
                .bind("occurredAt", fact.occurredAt().atOffset(ZoneOffset.UTC))
                .bind("payload", fact.payload());
        spec = fact.tenantId() == null ? spec.bindNull("tenantId", UUID.class) : spec.bind("tenantId", fact.tenantId());
        spec = fact.leadId() == null ? spec.bindNull("leadId", UUID.class) : spec.bind("leadId", fact.leadId());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Flux<EventFact> timeline(UUID tenantId, UUID leadId) {
        return db.sql("""
                SELECT event_id, event_type, topic, tenant_id, lead_id, occurred_at, payload::text AS payload
                FROM event_fact WHERE tenant_id = :tenantId AND lead_id = :leadId
                ORDER BY occurred_at, seq""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(row -> new EventFact(row.get("event_id", String.class), row.get("event_type", String.class),
                        row.get("topic", String.class), row.get("tenant_id", UUID.class), row.get("lead_id", UUID.class),
                        row.get("occurred_at", OffsetDateTime.class).toInstant(), row.get("payload", String.class)))
                .all();
    }
}
