package com.agencyos.tenant.tenancy.adapter.persistence;

import com.agencyos.tenant.tenancy.application.UsageRecords;
import com.agencyos.tenant.tenancy.domain.CreditDebit;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcUsageRecords implements UsageRecords {

    private final DatabaseClient db;

    R2dbcUsageRecords(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> countLead(UUID tenantId, UUID leadId, Instant scoredAt) {
        return db.sql("""
                INSERT INTO lead_pool_entry (tenant_id, lead_id, scored_at) VALUES (:tenantId, :leadId, :scoredAt)
                ON CONFLICT (tenant_id, lead_id) DO NOTHING""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .bind("scoredAt", scoredAt.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<Long> leadsCounted(UUID tenantId, Instant from, Instant to) {
        return db.sql("""
                SELECT count(*) AS used FROM lead_pool_entry
                WHERE tenant_id = :tenantId AND scored_at >= :from AND scored_at < :to""")
                .bind("tenantId", tenantId)
                .bind("from", from.atOffset(ZoneOffset.UTC))
                .bind("to", to.atOffset(ZoneOffset.UTC))
                .map(row -> row.get("used", Long.class)).one();
    }

    @Override
    public Mono<Boolean> debit(CreditDebit debit) {
        var spec = db.sql("""
                INSERT INTO credit_ledger_entry (id, tenant_id, kind, amount_micros, reason, lead_id, source_event_id,
                                                 occurred_at)
                VALUES (:id, :tenantId, 'debit', :amount, :reason, :leadId, :eventId, :occurredAt)
                ON CONFLICT (source_event_id) DO NOTHING""")
                .bind("id", UUID.randomUUID())
                .bind("tenantId", debit.tenantId())
                .bind("amount", debit.amountMicros())
                .bind("reason", debit.reason())
                .bind("eventId", debit.sourceEventId())
                .bind("occurredAt", debit.occurredAt().atOffset(ZoneOffset.UTC));
        spec = debit.leadId() == null ? spec.bindNull("leadId", UUID.class) : spec.bind("leadId", debit.leadId());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Long> debited(UUID tenantId, Instant from, Instant to) {
        return db.sql("""
                SELECT coalesce(sum(amount_micros), 0)::bigint AS used FROM credit_ledger_entry
                WHERE tenant_id = :tenantId AND kind = 'debit' AND occurred_at >= :from AND occurred_at < :to""")
                .bind("tenantId", tenantId)
                .bind("from", from.atOffset(ZoneOffset.UTC))
                .bind("to", to.atOffset(ZoneOffset.UTC))
                .map(row -> row.get("used", Long.class)).one();
    }
}
