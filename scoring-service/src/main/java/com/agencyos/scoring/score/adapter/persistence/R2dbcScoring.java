package com.agencyos.scoring.score.adapter.persistence;

import com.agencyos.platform.events.EventJson;
import com.agencyos.scoring.score.application.ScoredLead;
import com.agencyos.scoring.score.application.ScoringPorts.LeadScores;
import com.agencyos.scoring.score.application.ScoringPorts.TenantProfiles;
import com.agencyos.scoring.score.application.TenantScoringProfile;
import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.Weights;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcScoring implements LeadScores, TenantProfiles {

    private final DatabaseClient db;

    R2dbcScoring(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> save(ScoredLead scored) {
        return db.sql("""
                INSERT INTO lead_score (lead_id, tenant_id, score, tier, scored, scored_at, times_scored)
                VALUES (:leadId, :tenantId, :score, :tier, CAST(:scored AS jsonb), :scoredAt, 1)
                ON CONFLICT (lead_id) DO UPDATE SET score = EXCLUDED.score, tier = EXCLUDED.tier,
                    scored = EXCLUDED.scored, scored_at = EXCLUDED.scored_at, times_scored = lead_score.times_scored + 1
                WHERE lead_score.tenant_id = EXCLUDED.tenant_id
                RETURNING times_scored""")
                .bind("leadId", scored.leadId())
                .bind("tenantId", scored.tenantId())
                .bind("score", scored.breakdown().score())
                .bind("tier", scored.breakdown().tier().wireName())
                .bind("scored", EventJson.write(scored))
                .bind("scoredAt", scored.scoredAt().atOffset(ZoneOffset.UTC))
                .map(row -> row.get("times_scored", Integer.class) == 1)
                .one()
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "Lead " + scored.leadId() + " belongs to another tenant")));
    }

    @Override
    public Mono<ScoredLead> find(UUID tenantId, UUID leadId) {
        return db.sql("SELECT scored::text AS scored FROM lead_score WHERE tenant_id = :tenantId AND lead_id = :leadId")
                .bind("tenantId", tenantId).bind("leadId", leadId)
                .map(row -> EventJson.read(row.get("scored", String.class), ScoredLead.class))
                .one();
    }

    @Override
    public Mono<TenantScoringProfile> find(UUID tenantId) {
        return db.sql("SELECT icp::text AS icp, manual_weights::text AS weights FROM tenant_profile WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> {
                    String icp = row.get("icp", String.class);
                    String weights = row.get("weights", String.class);
                    return new TenantScoringProfile(icp == null ? Icp.DEFAULT : EventJson.read(icp, Icp.class),
                            Optional.ofNullable(weights).map(w -> EventJson.read(w, Weights.class)));
                })
                .one();
    }

    @Override
    public Mono<Void> saveIcp(UUID tenantId, Icp icp, long version) {
        return db.sql("""
                INSERT INTO tenant_profile (tenant_id, icp, icp_version) VALUES (:tenantId, CAST(:icp AS jsonb), :version)
                ON CONFLICT (tenant_id) DO UPDATE SET icp = EXCLUDED.icp, icp_version = EXCLUDED.icp_version
                WHERE tenant_profile.icp_version IS NULL OR tenant_profile.icp_version < EXCLUDED.icp_version""")
                .bind("tenantId", tenantId).bind("icp", EventJson.write(icp)).bind("version", version)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> saveManualWeights(UUID tenantId, Weights weights) {
        return db.sql("""
                INSERT INTO tenant_profile (tenant_id, manual_weights) VALUES (:tenantId, CAST(:weights AS jsonb))
                ON CONFLICT (tenant_id) DO UPDATE SET manual_weights = EXCLUDED.manual_weights""")
                .bind("tenantId", tenantId).bind("weights", EventJson.write(weights))
                .fetch().rowsUpdated().then();
    }
}
