package com.agencyos.analytics.intelligence.adapter.persistence;

import com.agencyos.analytics.intelligence.application.LearningData;
import com.agencyos.analytics.intelligence.domain.ComponentWeights;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Sample;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

@Repository
class R2dbcLearningData implements LearningData {

    private final DatabaseClient db;

    R2dbcLearningData(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<LeadOutcome> outcomes(UUID tenantId, Instant decidedBefore) {
        StringBuilder columns = new StringBuilder();
        for (String name : ComponentWeights.NAMES) {
            columns.append(", (s.c->>'").append(name).append("')::float8 AS p_").append(name)
                    .append(", (s.w->>'").append(name).append("')::float8 AS w_").append(name);
        }
        var spec = db.sql("""
                WITH conv AS (
                  SELECT tenant_id, lead_id, min(occurred_at) AS at FROM event_fact
                  WHERE event_type = 'agencyos.lead.converted.v1' AND lead_id IS NOT NULL AND %1$s GROUP BY 1, 2),
                touched AS (
                  SELECT tenant_id, lead_id, min(occurred_at) AS at FROM event_fact
                  WHERE event_type = 'agencyos.touch.sent.v1' AND payload->>'mode' = 'sent' AND %1$s GROUP BY 1, 2),
                known AS (
                  SELECT tenant_id, lead_id FROM touched WHERE at < :decidedBefore
                  UNION SELECT tenant_id, lead_id FROM conv),
                sample AS (
                  SELECT DISTINCT ON (k.lead_id) k.tenant_id, k.lead_id, f.payload->'components' AS c,
                         f.payload->'weights' AS w, conv.at IS NOT NULL AS converted
                  FROM known k
                  JOIN event_fact f ON f.lead_id = k.lead_id AND f.tenant_id = k.tenant_id
                       AND f.event_type = 'agencyos.lead.scored.v1'
                  LEFT JOIN conv ON conv.lead_id = k.lead_id AND conv.tenant_id = k.tenant_id
                  WHERE conv.at IS NULL OR f.occurred_at <= conv.at
                  ORDER BY k.lead_id, f.occurred_at DESC, f.seq DESC),
                industry AS (
                  SELECT DISTINCT ON (f.lead_id) f.lead_id, f.payload->'company'->>'industry' AS industry
                  FROM event_fact f JOIN sample s ON s.lead_id = f.lead_id AND s.tenant_id = f.tenant_id
                  WHERE f.event_type IN ('agencyos.lead.enriched.v1', 'agencyos.form.received.v1')
                    AND f.payload->'company'->>'industry' IS NOT NULL
                  ORDER BY f.lead_id, (f.event_type = 'agencyos.lead.enriched.v1') DESC, f.occurred_at DESC),
                consent AS (
                  SELECT DISTINCT ON (tenant_id) tenant_id,
                         COALESCE((payload->>'dataSharingConsent')::boolean, true) AS sharing
                  FROM event_fact WHERE event_type = 'agencyos.tenant.changed.v1' AND tenant_id IS NOT NULL
                  ORDER BY tenant_id, occurred_at DESC, seq DESC)
                SELECT s.tenant_id, i.industry, COALESCE(cn.sharing, true) AS sharing, s.converted %2$s
                FROM sample s LEFT JOIN industry i ON i.lead_id = s.lead_id
                     LEFT JOIN consent cn ON cn.tenant_id = s.tenant_id
                """.formatted("(CAST(:tenant AS uuid) IS NULL OR tenant_id = CAST(:tenant AS uuid))", columns))
                .bind("decidedBefore", decidedBefore.atOffset(ZoneOffset.UTC));
        spec = tenantId == null ? spec.bindNull("tenant", UUID.class) : spec.bind("tenant", tenantId);
        return spec.map(R2dbcLearningData::outcome).all();
    }

    private static LeadOutcome outcome(Readable row) {
        double[] points = new double[5];
        double[] max = new double[5];
        for (int j = 0; j < 5; j++) {
            Double p = row.get("p_" + ComponentWeights.NAMES[j], Double.class);
            Double w = row.get("w_" + ComponentWeights.NAMES[j], Double.class);
            points[j] = p == null ? 0 : p;
            max[j] = w == null ? 0 : w;
        }
        String industry = row.get("industry", String.class);
        return new LeadOutcome(row.get("tenant_id", UUID.class), industry == null || industry.isBlank() ? null
                : industry.trim(), Boolean.TRUE.equals(row.get("sharing", Boolean.class)),
                new Sample(points, max, Boolean.TRUE.equals(row.get("converted", Boolean.class))));
    }
}
