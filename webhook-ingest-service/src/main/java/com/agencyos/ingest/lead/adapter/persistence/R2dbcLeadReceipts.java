package com.agencyos.ingest.lead.adapter.persistence;

import com.agencyos.ingest.lead.application.LeadReceipts;
import com.agencyos.ingest.lead.domain.LeadReceipt;
import com.agencyos.ingest.lead.domain.LeadSource;
import com.agencyos.ingest.lead.domain.ReceiptSummary;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLeadReceipts implements LeadReceipts {

    private final DatabaseClient db;

    R2dbcLeadReceipts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insertIfNew(LeadReceipt receipt) {
        return db.sql("""
                INSERT INTO lead_receipt (lead_id, tenant_id, source, source_ref, body_sha256, raw_body,
                                          authenticated_by, received_at)
                VALUES (:leadId, :tenantId, :source, :sourceRef, :bodySha256, :rawBody, :authenticatedBy, :receivedAt)
                ON CONFLICT (tenant_id, source_ref) DO NOTHING""")
                .bind("leadId", receipt.leadId())
                .bind("tenantId", receipt.tenantId())
                .bind("source", receipt.source().wireName())
                .bind("sourceRef", receipt.sourceRef())
                .bind("bodySha256", receipt.bodySha256())
                .bind("rawBody", ByteBuffer.wrap(receipt.rawBody()))
                .bind("authenticatedBy", receipt.authenticatedBy())
                .bind("receivedAt", receipt.receivedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<UUID> leadIdOf(UUID tenantId, String sourceRef) {
        return db.sql("SELECT lead_id FROM lead_receipt WHERE tenant_id = :tenantId AND source_ref = :sourceRef")
                .bind("tenantId", tenantId)
                .bind("sourceRef", sourceRef)
                .map(row -> row.get("lead_id", UUID.class))
                .one();
    }

    @Override
    public Mono<ReceiptSummary> find(UUID tenantId, UUID leadId) {
        return db.sql("""
                SELECT lead_id, tenant_id, source, source_ref, received_at FROM lead_receipt
                WHERE tenant_id = :tenantId AND lead_id = :leadId""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(row -> new ReceiptSummary(row.get("lead_id", UUID.class), row.get("tenant_id", UUID.class),
                        LeadSource.fromWireName(row.get("source", String.class)), row.get("source_ref", String.class),
                        row.get("received_at", OffsetDateTime.class).toInstant()))
                .one();
    }
}
