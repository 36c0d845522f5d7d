package com.agencyos.enrichment.lead.adapter.persistence;

import com.agencyos.enrichment.lead.application.EnrichedLeads;
import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.platform.events.EventJson;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEnrichedLeads implements EnrichedLeads {

    private final DatabaseClient db;

    R2dbcEnrichedLeads(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(EnrichedLead lead) {
        return db.sql("""
                INSERT INTO enriched_lead (lead_id, tenant_id, email, status, confidence, result, enriched_at)
                VALUES (:leadId, :tenantId, :email, :status, :confidence, CAST(:result AS jsonb), :enrichedAt)
                ON CONFLICT (lead_id) DO UPDATE SET email = EXCLUDED.email, status = EXCLUDED.status,
                    confidence = EXCLUDED.confidence, result = EXCLUDED.result, enriched_at = EXCLUDED.enriched_at
                WHERE enriched_lead.tenant_id = EXCLUDED.tenant_id""")
                .bind("leadId", lead.leadId())
                .bind("tenantId", lead.tenantId())
                .bind("email", lead.email() == null ? "" : lead.email())
                .bind("status", lead.status().name())
                .bind("confidence", lead.confidence())
                .bind("result", EventJson.write(lead))
                .bind("enrichedAt", lead.enrichedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<EnrichedLead> find(UUID tenantId, UUID leadId) {
        return db.sql("SELECT result::text AS result FROM enriched_lead WHERE tenant_id = :tenantId AND lead_id = :leadId")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(row -> EventJson.read(row.get("result", String.class), EnrichedLead.class))
                .one();
    }
}
