package com.agencyos.ingest.delivery.adapter.persistence;

import com.agencyos.ingest.delivery.application.DeliveryReports;
import com.agencyos.ingest.delivery.domain.DeliveryReport;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcDeliveryReports implements DeliveryReports {

    private final DatabaseClient db;

    R2dbcDeliveryReports(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insertIfNew(DeliveryReport report, byte[] rawBody) {
        return db.sql("""
                INSERT INTO delivery_report (tenant_id, provider_ref, kind, email, source, occurred_at, raw_body)
                VALUES (:tenantId, :providerRef, :kind, :email, :source, :occurredAt, :rawBody)
                ON CONFLICT (tenant_id, provider_ref) DO NOTHING""")
                .bind("tenantId", report.tenantId())
                .bind("providerRef", report.providerRef())
                .bind("kind", report.kind().name())
                .bind("email", report.email())
                .bind("source", report.source())
                .bind("occurredAt", report.occurredAt().atOffset(ZoneOffset.UTC))
                .bind("rawBody", ByteBuffer.wrap(rawBody))
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }
}
