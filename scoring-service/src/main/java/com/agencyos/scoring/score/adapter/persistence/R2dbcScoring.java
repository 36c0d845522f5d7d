package com.agencyos.scoring.score.adapter.persistence;

import com.agencyos.platform.events.EventJson;
import com.agencyos.scoring.score.application.ScoreDistribution;
import com.agencyos.scoring.score.application.ScoredLead;
import com.agencyos.scoring.score.application.ScoringPorts.LeadScores;
import com.agencyos.scoring.score.application.ScoringPorts.TenantProfiles;
import com.agencyos.scoring.score.application.StoredLead;
import com.agencyos.scoring.score.application.TenantScoringProfile;
import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.LeadFacts;
import com.agencyos.scoring.score.domain.Tier;
import com.agencyos.scoring.score.domain.Weights;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcScoring implements LeadScores, TenantProfiles {

    private static final int BUCKETS = 10;

    private final DatabaseClient db;
    private final Clock clock;

    R2dbcScoring(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
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
    public Mono<StoredLead> saveFacts(UUID leadId, UUID tenantId, LeadFacts facts, ScoredLead.LeadSummary summary) {
        return db.sql("""
                WITH saved AS (
                    INSERT INTO lead_facts (lead_id, tenant_id, facts, summary, updated_at)
                    VALUES (:leadId, :tenantId, CAST(:facts AS jsonb), CAST(:summary AS jsonb), :now)
                    ON CONFLICT (lead_id) DO UPDATE SET
                        facts = CASE WHEN (lead_facts.facts ->> 'bounced')::boolean
                                     THEN jsonb_set(EXCLUDED.facts, '{bounced}', 'true') ELSE EXCLUDED.facts END,
                        summary = EXCLUDED.summary, updated_at = EXCLUDED.updated_at
                    WHERE lead_facts.tenant_id = EXCLUDED.tenant_id
                    RETURNING lead_id, tenant_id, facts, summary)
                SELECT saved.lead_id, saved.tenant_id, saved.facts::text AS facts, saved.summary::text AS summary,
                       s.scored::text AS scored
                FROM saved LEFT JOIN lead_score s ON s.lead_id = saved.lead_id""")
                .bind("leadId", leadId).bind("tenantId", tenantId)
                .bind("facts", EventJson.write(facts)).bind("summary", EventJson.write(summary))
                .bind("now", now())
                .map(R2dbcScoring::storedLead)
                .one()
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Lead " + leadId + " belongs to another tenant")));
    }

    @Override
    public Mono<StoredLead> stored(UUID tenantId, UUID leadId) {
        return db.sql("""
                SELECT f.lead_id, f.tenant_id, f.facts::text AS facts, f.summary::text AS summary, s.scored::text AS scored
                FROM lead_facts f LEFT JOIN lead_score s ON s.lead_id = f.lead_id
                WHERE f.tenant_id = :tenantId AND f.lead_id = :leadId""")
                .bind("tenantId", tenantId).bind("leadId", leadId)
                .map(R2dbcScoring::storedLead)
                .one();
    }

    @Override
    public Mono<Boolean> markBounced(UUID tenantId, UUID leadId) {
        return db.sql("""
                UPDATE lead_facts SET facts = jsonb_set(facts, '{bounced}', 'true'), updated_at = :now
                WHERE tenant_id = :tenantId AND lead_id = :leadId""")
                .bind("tenantId", tenantId).bind("leadId", leadId).bind("now", now())
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Flux<StoredLead> page(UUID tenantId, UUID after, int limit) {
        var spec = db.sql("""
                SELECT f.lead_id, f.tenant_id, f.facts::text AS facts, f.summary::text AS summary, s.scored::text AS scored
                FROM lead_facts f LEFT JOIN lead_score s ON s.lead_id = f.lead_id
                WHERE f.tenant_id = :tenantId AND (CAST(:after AS uuid) IS NULL OR f.lead_id > :after)
                ORDER BY f.lead_id LIMIT :limit""")
                .bind("tenantId", tenantId).bind("limit", limit);
        spec = after == null ? spec.bindNull("after", UUID.class) : spec.bind("after", after);
        return spec.map(R2dbcScoring::storedLead).all();
    }

    @Override
    public Mono<Long> countLeads(UUID tenantId) {
        return db.sql("SELECT count(*) AS n FROM lead_facts WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    @Override
    public Mono<ScoreDistribution> distribution(UUID tenantId) {
        return db.sql("""
                SELECT tier, LEAST(score / 10, 9) AS bucket, count(*) AS n FROM lead_score
                WHERE tenant_id = :tenantId GROUP BY tier, bucket""")
                .bind("tenantId", tenantId)
                .map(row -> new Object[] {row.get("tier", String.class), row.get("bucket", Integer.class),
                        row.get("n", Long.class)})
                .all()
                .collectList()
                .map(rows -> {
                    Map<Tier, Long> tiers = new EnumMap<>(Tier.class);
                    for (Tier tier : Tier.values()) {
                        tiers.put(tier, 0L);
                    }
                    List<Long> buckets = new ArrayList<>(Collections.nCopies(BUCKETS, 0L));
                    long total = 0;
                    for (Object[] row : rows) {
                        long n = (Long) row[2];
                        tiers.merge(Tier.fromWire((String) row[0]), n, Long::sum);
                        buckets.set((Integer) row[1], buckets.get((Integer) row[1]) + n);
                        total += n;
                    }
                    return new ScoreDistribution(total, tiers, List.copyOf(buckets));
                });
    }

    private static StoredLead storedLead(Readable row) {
        String scored = row.get("scored", String.class);
        return new StoredLead(row.get("lead_id", UUID.class), row.get("tenant_id", UUID.class),
                EventJson.read(row.get("facts", String.class), LeadFacts.class),
                EventJson.read(row.get("summary", String.class), ScoredLead.LeadSummary.class),
                scored == null ? null : EventJson.read(scored, ScoredLead.class));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
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
