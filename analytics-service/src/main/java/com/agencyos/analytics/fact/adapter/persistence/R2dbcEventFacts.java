package com.agencyos.analytics.fact.adapter.persistence;

import com.agencyos.analytics.fact.application.EventFacts;
import com.agencyos.analytics.fact.domain.EventFact;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEventFacts implements EventFacts {

    private static final String SELECT = "SELECT event_id, event_type, topic, tenant_id, lead_id, occurred_at,"
            + " payload::text AS payload FROM event_fact ";

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
        return db.sql(SELECT + """
                WHERE tenant_id = :tenantId AND lead_id = :leadId
                ORDER BY occurred_at, seq""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(R2dbcEventFacts::fact)
                .all();
    }

    @Override
    public Flux<EventFact> playbooksFor(UUID tenantId, UUID leadId, String companyDomain) {
        return db.sql(SELECT + """
                WHERE tenant_id = :tenantId AND event_type = 'agencyos.playbook.generated.v1'
                  AND (payload->'waitingLeadIds' @> jsonb_build_array(CAST(:leadId AS text))
                       OR lower(payload->>'prospectDomain') = :domain)
                ORDER BY occurred_at, seq""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId.toString())
                .bind("domain", companyDomain == null ? "" : companyDomain.toLowerCase(Locale.ROOT))
                .map(R2dbcEventFacts::fact)
                .all();
    }

    @Override
    public Flux<EventFact> suppressionEntries(UUID tenantId, List<String> values) {
        if (values.isEmpty()) {
            return Flux.empty();
        }
        return db.sql(SELECT + """
                WHERE (tenant_id = :tenantId OR tenant_id IS NULL) AND event_type = 'agencyos.suppression.changed.v1'
                  AND lower(payload->>'value') IN (:values)
                ORDER BY occurred_at, seq""")
                .bind("tenantId", tenantId)
                .bind("values", values)
                .map(R2dbcEventFacts::fact)
                .all();
    }

    @Override
    public Flux<UUID> leadIdsAfter(UUID after, int limit) {
        String from = after == null ? "" : " AND lead_id > :after";
        var spec = db.sql("SELECT DISTINCT lead_id FROM event_fact WHERE lead_id IS NOT NULL AND tenant_id IS NOT NULL"
                + from + " ORDER BY lead_id LIMIT :limit").bind("limit", limit);
        if (after != null) {
            spec = spec.bind("after", after);
        }
        return spec.map(row -> row.get("lead_id", UUID.class)).all();
    }

    @Override
    public Flux<EventFact> factsOfLeads(List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql(SELECT + " WHERE lead_id IN (:leadIds) AND tenant_id IS NOT NULL ORDER BY lead_id, seq")
                .bind("leadIds", leadIds)
                .map(R2dbcEventFacts::fact)
                .all();
    }

    private static EventFact fact(Readable row) {
        return new EventFact(row.get("event_id", String.class), row.get("event_type", String.class),
                row.get("topic", String.class), row.get("tenant_id", UUID.class), row.get("lead_id", UUID.class),
                row.get("occurred_at", OffsetDateTime.class).toInstant(), row.get("payload", String.class));
    }
}
