package com.agencyos.analytics.report.adapter.persistence;

import com.agencyos.analytics.report.application.ReportQueries;
import com.agencyos.analytics.report.domain.ChannelPerformance;
import com.agencyos.analytics.report.domain.CostReport;
import com.agencyos.analytics.report.domain.FirstTouchLatency;
import com.agencyos.analytics.report.domain.Funnel;
import com.agencyos.analytics.report.domain.IntentBreakdown;
import com.agencyos.analytics.report.domain.ReportScope;
import com.agencyos.analytics.report.domain.TierDistribution;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports straight from {@code event_fact} and {@code lead_view}. A null tenant (a platform administrator's report)
 * covers every tenant; the campaign is the lead's latest, as the lead view keeps it.
 */
@Repository
class R2dbcReportQueries implements ReportQueries {

    private static final String FORM = "'agencyos.form.received.v1'";
    private static final String ENRICHED = "'agencyos.lead.enriched.v1'";
    private static final String SCORED = "'agencyos.lead.scored.v1'";
    private static final String TOUCH = "'agencyos.touch.sent.v1'";
    private static final String REPLY = "'agencyos.reply.classified.v1'";
    private static final String CONVERTED = "'agencyos.lead.converted.v1'";
    private static final String PLAYBOOK = "'agencyos.playbook.generated.v1'";
    private static final String TENANT_CHANGED = "'agencyos.tenant.changed.v1'";
    private static final String POSITIVE = "('meeting_request', 'interested')";

    private final DatabaseClient db;

    R2dbcReportQueries(DatabaseClient db) {
        this.db = db;
    }

    /** Facts of the scope's tenant and period, and of its campaign's leads when it names one. */
    private static String facts(String alias) {
        return ("(CAST(:tenant AS uuid) IS NULL OR %1$s.tenant_id = CAST(:tenant AS uuid))"
                + " AND %1$s.occurred_at >= :start AND %1$s.occurred_at < :end"
                + " AND (CAST(:campaign AS uuid) IS NULL OR %1$s.lead_id IN"
                + " (SELECT lead_id FROM lead_view WHERE campaign_id = CAST(:campaign AS uuid)))").formatted(alias);
    }

    /** Leads of the scope's tenant and campaign first seen in its period. */
    private static final String COHORT = """
            SELECT v.tenant_id, v.lead_id, v.campaign_id, v.first_event_at FROM lead_view v
            WHERE (CAST(:tenant AS uuid) IS NULL OR v.tenant_id = CAST(:tenant AS uuid))
              AND v.first_event_at >= :start AND v.first_event_at < :end
              AND (CAST(:campaign AS uuid) IS NULL OR v.campaign_id = CAST(:campaign AS uuid))""";

    private GenericExecuteSpec sql(String sql, ReportScope scope) {
        GenericExecuteSpec spec = db.sql(sql)
                .bind("start", scope.start().atOffset(ZoneOffset.UTC))
                .bind("end", scope.end().atOffset(ZoneOffset.UTC));
        spec = scope.tenantId() == null ? spec.bindNull("tenant", UUID.class) : spec.bind("tenant", scope.tenantId());
        return scope.campaignId() == null ? spec.bindNull("campaign", UUID.class)
                : spec.bind("campaign", scope.campaignId());
    }

    @Override
    public Flux<Funnel.Stages> funnel(ReportScope scope) {
        return sql("WITH cohort AS (" + COHORT + """
                ), stages AS (
                  SELECT c.campaign_id, c.lead_id,
                    bool_or(f.event_type = %s) AS enriched,
                    bool_or(f.event_type = %s) AS scored,
                    bool_or(f.event_type = %s) AS enrolled,
                    bool_or(f.event_type = %s AND f.payload->>'mode' = 'sent') AS touched,
                    bool_or(f.event_type = %s) AS replied,
                    bool_or(f.event_type = %s AND f.payload->>'intent' IN %s) AS positive,
                    bool_or(f.event_type = %s) AS meeting
                  FROM cohort c JOIN event_fact f ON f.lead_id = c.lead_id AND f.tenant_id = c.tenant_id
                  GROUP BY c.campaign_id, c.lead_id)
                SELECT campaign_id, count(*) AS captured, count(*) FILTER (WHERE enriched) AS enriched,
                  count(*) FILTER (WHERE scored) AS scored, count(*) FILTER (WHERE enrolled) AS enrolled,
                  count(*) FILTER (WHERE touched) AS touched, count(*) FILTER (WHERE replied) AS replied,
                  count(*) FILTER (WHERE positive) AS positive, count(*) FILTER (WHERE meeting) AS meeting
                FROM stages GROUP BY campaign_id ORDER BY count(*) DESC, campaign_id""".formatted(ENRICHED, SCORED,
                TOUCH, TOUCH, REPLY, REPLY, POSITIVE, CONVERTED), scope)
                .map(row -> Funnel.Stages.of(row.get("campaign_id", UUID.class), List.of(
                        row.get("captured", Long.class), row.get("enriched", Long.class), row.get("scored", Long.class),
                        row.get("enrolled", Long.class), row.get("touched", Long.class), row.get("replied", Long.class),
                        row.get("positive", Long.class), row.get("meeting", Long.class))))
                .all();
    }

    @Override
    public Flux<ChannelPerformance.Row> channels(ReportScope scope) {
        return sql("""
                WITH t AS (
                  SELECT f.tenant_id, f.payload->>'touchId' AS touch_id, f.payload->>'channel' AS channel,
                         (f.payload->>'step')::int AS step, COALESCE(f.payload->>'variant', '') AS variant
                  FROM event_fact f WHERE f.event_type = %s AND f.payload->>'mode' = 'sent' AND %s),
                r AS (
                  SELECT f.tenant_id, f.payload->>'touchId' AS touch_id,
                         bool_or(f.payload->>'intent' IN %s) AS positive
                  FROM event_fact f WHERE f.event_type = %s AND f.payload->>'touchId' IS NOT NULL
                    AND (CAST(:tenant AS uuid) IS NULL OR f.tenant_id = CAST(:tenant AS uuid))
                  GROUP BY 1, 2),
                m AS (
                  SELECT DISTINCT f.tenant_id, f.payload->>'touchId' AS touch_id
                  FROM event_fact f WHERE f.event_type = %s AND f.payload->>'touchId' IS NOT NULL
                    AND (CAST(:tenant AS uuid) IS NULL OR f.tenant_id = CAST(:tenant AS uuid)))
                SELECT t.channel, t.step, t.variant, count(*) AS sent, count(r.touch_id) AS replies,
                       count(*) FILTER (WHERE r.positive) AS positive, count(m.touch_id) AS meetings
                FROM t LEFT JOIN r ON r.tenant_id = t.tenant_id AND r.touch_id = t.touch_id
                       LEFT JOIN m ON m.tenant_id = t.tenant_id AND m.touch_id = t.touch_id
                GROUP BY t.channel, t.step, t.variant ORDER BY t.channel, t.step, t.variant""".formatted(TOUCH,
                facts("f"), POSITIVE, REPLY, CONVERTED), scope)
                .map(row -> ChannelPerformance.Row.of(row.get("channel", String.class), row.get("step", Integer.class),
                        row.get("variant", String.class), row.get("sent", Long.class), row.get("replies", Long.class),
                        row.get("positive", Long.class), row.get("meetings", Long.class)))
                .all();
    }

    @Override
    public Flux<TierDistribution.Count> tiers(ReportScope scope) {
        return sql("""
                SELECT day, tier, count(*) AS leads FROM (
                  SELECT DISTINCT ON (f.lead_id, (f.occurred_at AT TIME ZONE 'UTC')::date)
                         (f.occurred_at AT TIME ZONE 'UTC')::date AS day, f.payload->>'tier' AS tier
                  FROM event_fact f WHERE f.event_type = %s AND %s
                  ORDER BY f.lead_id, (f.occurred_at AT TIME ZONE 'UTC')::date, f.occurred_at DESC, f.seq DESC) latest
                GROUP BY day, tier ORDER BY day, tier""".formatted(SCORED, facts("f")), scope)
                .map(row -> new TierDistribution.Count(row.get("day", LocalDate.class), row.get("tier", String.class),
                        row.get("leads", Long.class)))
                .all();
    }

    @Override
    public Flux<IntentBreakdown.Count> intents(ReportScope scope) {
        return sql("""
                SELECT f.payload->>'intent' AS intent, count(*) AS replies FROM event_fact f
                WHERE f.event_type = %s AND %s GROUP BY 1 ORDER BY 2 DESC, 1""".formatted(REPLY, facts("f")), scope)
                .map(row -> new IntentBreakdown.Count(row.get("intent", String.class), row.get("replies", Long.class)))
                .all();
    }

    @Override
    public Mono<FirstTouchLatency> firstTouch(ReportScope scope) {
        return sql("WITH cohort AS (" + COHORT + """
                ), firsts AS (
                  SELECT c.lead_id,
                    COALESCE(min(f.occurred_at) FILTER (WHERE f.event_type = %s), c.first_event_at) AS captured_at,
                    min(f.occurred_at) FILTER (WHERE f.event_type = %s AND f.payload->>'mode' = 'sent') AS touched_at
                  FROM cohort c JOIN event_fact f ON f.lead_id = c.lead_id AND f.tenant_id = c.tenant_id
                  GROUP BY c.lead_id, c.first_event_at)
                SELECT count(*) AS leads, count(touched_at) AS touched,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM touched_at - captured_at)::float8) AS median,
                  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM touched_at - captured_at)::float8) AS p90
                FROM firsts""".formatted(FORM, TOUCH), scope)
                .map(row -> new FirstTouchLatency(scope, row.get("leads", Long.class), row.get("touched", Long.class),
                        row.get("median", Double.class), row.get("p90", Double.class)))
                .one();
    }

    @Override
    public Mono<CostReport.Usage> usage(ReportScope scope) {
        Mono<List<CostReport.Priced>> touches = sql("""
                SELECT f.payload->>'channel' AS item, count(*) AS n,
                       COALESCE(sum((f.payload->>'costMicros')::bigint), 0)::bigint AS reported,
                       count(*) FILTER (WHERE COALESCE((f.payload->>'costMicros')::bigint, 0) = 0) AS unpriced
                FROM event_fact f WHERE f.event_type = %s AND f.payload->>'mode' = 'sent' AND %s
                GROUP BY 1 ORDER BY 1""".formatted(TOUCH, facts("f")), scope).map(R2dbcReportQueries::priced).all()
                .collectList();
        Mono<List<CostReport.Priced>> calls = sql("""
                SELECT c->>'provider' AS item,
                       count(*) FILTER (WHERE NOT COALESCE((c->>'cached')::boolean, false)) AS n,
                       COALESCE(sum((c->>'costMicros')::bigint), 0)::bigint AS reported,
                       count(*) FILTER (WHERE NOT COALESCE((c->>'cached')::boolean, false)
                                          AND COALESCE((c->>'costMicros')::bigint, 0) = 0) AS unpriced
                FROM event_fact f, jsonb_array_elements(COALESCE(f.payload->'providerCalls', '[]'::jsonb)) c
                WHERE f.event_type = %s AND %s
                GROUP BY 1 ORDER BY 1""".formatted(ENRICHED, facts("f")), scope).map(R2dbcReportQueries::priced).all()
                .collectList();
        Mono<long[]> counts = sql("""
                SELECT
                  (SELECT count(*) FROM event_fact f WHERE f.event_type = %1$s AND f.payload->>'generator' = 'llm'
                     AND CAST(:campaign AS uuid) IS NULL AND %2$s) AS llm_playbooks,
                  (SELECT count(*) FROM event_fact f WHERE f.event_type = %3$s AND f.payload->>'classifier' = 'llm'
                     AND %2$s) AS llm_replies,
                  (SELECT COALESCE(sum((t.payload->'quotas'->>'linkedinSeats')::bigint), 0)::bigint FROM (
                     SELECT DISTINCT ON (f.tenant_id) f.payload FROM event_fact f
                     WHERE f.event_type = %4$s AND CAST(:campaign AS uuid) IS NULL
                       AND (CAST(:tenant AS uuid) IS NULL OR f.tenant_id = CAST(:tenant AS uuid))
                       AND f.occurred_at < :end
                     ORDER BY f.tenant_id, f.occurred_at DESC, f.seq DESC) t) AS seats,
                  (SELECT count(*) FROM (%5$s) c) AS leads,
                  (SELECT count(*) FROM event_fact f WHERE f.event_type = %6$s AND %2$s) AS meetings
                """.formatted(PLAYBOOK, facts("f"), REPLY, TENANT_CHANGED, COHORT, CONVERTED), scope)
                .map(row -> new long[] {row.get("llm_playbooks", Long.class), row.get("llm_replies", Long.class),
                    row.get("seats", Long.class), row.get("leads", Long.class), row.get("meetings", Long.class)})
                .one();
        return Mono.zip(touches, calls, counts).map(found -> new CostReport.Usage(found.getT1(), found.getT2(),
                found.getT3()[0], found.getT3()[1], found.getT3()[2], found.getT3()[3], found.getT3()[4]));
    }

    private static CostReport.Priced priced(Readable row) {
        return new CostReport.Priced(row.get("item", String.class), row.get("n", Long.class),
                row.get("reported", Long.class), row.get("unpriced", Long.class));
    }
}
