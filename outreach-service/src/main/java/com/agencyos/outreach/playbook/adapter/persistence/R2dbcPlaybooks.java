package com.agencyos.outreach.playbook.adapter.persistence;

import com.agencyos.outreach.playbook.application.Playbooks;
import com.agencyos.outreach.playbook.domain.Playbook;
import com.agencyos.platform.events.EventJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPlaybooks implements Playbooks {

    private final DatabaseClient db;

    R2dbcPlaybooks(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> addIfAbsent(Playbook p, Instant receivedAt) {
        return db.sql("""
                INSERT INTO playbook (playbook_id, tenant_id, vendor_domain, prospect_domain, confidence, generator,
                                      generated_at, waiting_lead_ids, personas, received_at)
                VALUES (:playbookId, :tenantId, :vendorDomain, :prospectDomain, :confidence, :generator, :generatedAt,
                        CAST(:waitingLeadIds AS jsonb), CAST(:personas AS jsonb), :receivedAt)
                ON CONFLICT (playbook_id) DO NOTHING""")
                .bind("playbookId", p.playbookId())
                .bind("tenantId", p.tenantId())
                .bind("vendorDomain", p.vendorDomain())
                .bind("prospectDomain", p.prospectDomain())
                .bind("confidence", p.confidence())
                .bind("generator", p.generator())
                .bind("generatedAt", p.generatedAt().atOffset(ZoneOffset.UTC))
                .bind("waitingLeadIds", EventJson.write(p.waitingLeadIds()))
                .bind("personas", EventJson.write(p.personas()))
                .bind("receivedAt", receivedAt.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Playbook> latestFor(UUID tenantId, UUID leadId, String companyDomain) {
        return db.sql("""
                SELECT playbook_id, tenant_id, vendor_domain, prospect_domain, confidence, generator, generated_at,
                       waiting_lead_ids::text AS waiting_lead_ids, personas::text AS personas
                  FROM playbook
                 WHERE tenant_id = :tenantId
                   AND (waiting_lead_ids @> CAST(:lead AS jsonb) OR lower(prospect_domain) = lower(:domain))
                 ORDER BY generated_at DESC, received_at DESC
                 LIMIT 1""")
                .bind("tenantId", tenantId)
                .bind("lead", EventJson.write(List.of(leadId)))
                .bind("domain", companyDomain == null ? "" : companyDomain.strip())
                .map(row -> new Playbook(row.get("playbook_id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("vendor_domain", String.class), row.get("prospect_domain", String.class),
                        row.get("confidence", Double.class), row.get("generator", String.class),
                        row.get("generated_at", OffsetDateTime.class).toInstant(),
                        List.of(EventJson.read(row.get("waiting_lead_ids", String.class), UUID[].class)),
                        List.of(EventJson.read(row.get("personas", String.class), Playbook.Persona[].class))))
                .one();
    }
}
