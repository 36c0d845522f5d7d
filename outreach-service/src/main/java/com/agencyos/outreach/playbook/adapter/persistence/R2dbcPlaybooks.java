package com.agencyos.outreach.playbook.adapter.persistence;

import com.agencyos.outreach.playbook.application.Playbooks;
import com.agencyos.outreach.playbook.domain.Playbook;
import com.agencyos.platform.events.EventJson;
import java.time.Instant;
import java.time.ZoneOffset;
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
}
