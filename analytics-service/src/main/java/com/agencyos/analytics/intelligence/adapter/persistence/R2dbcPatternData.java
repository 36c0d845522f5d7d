package com.agencyos.analytics.intelligence.adapter.persistence;

import com.agencyos.analytics.intelligence.application.PatternData;
import com.agencyos.analytics.intelligence.domain.Patterns.SentTouch;
import com.agencyos.analytics.report.domain.ReportScope;
import io.r2dbc.spi.Readable;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

@Repository
class R2dbcPatternData implements PatternData {

    private static final String TENANT = "(CAST(:tenant AS uuid) IS NULL OR tenant_id = CAST(:tenant AS uuid))";

    private final DatabaseClient db;

    R2dbcPatternData(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<SentTouch> sentTouches(ReportScope scope) {
        var spec = db.sql("""
                WITH t AS (
                  SELECT tenant_id, lead_id, payload->>'touchId' AS touch_id, payload->>'enrollmentId' AS enrollment_id,
                         (payload->>'step')::int AS step, payload->>'channel' AS channel, occurred_at,
                         payload->>'subject' AS subject, payload->>'contentSnapshot' AS body
                  FROM event_fact
                  WHERE event_type = 'agencyos.touch.sent.v1' AND payload->>'mode' = 'sent' AND %1$s
                    AND occurred_at >= :start AND occurred_at < :end
                    AND (CAST(:campaign AS uuid) IS NULL OR payload->>'campaignId' = CAST(:campaign AS text))),
                r AS (
                  SELECT DISTINCT tenant_id, payload->>'touchId' AS touch_id FROM event_fact
                  WHERE event_type = 'agencyos.reply.classified.v1' AND payload->>'touchId' IS NOT NULL AND %1$s),
                m AS (
                  SELECT tenant_id, lead_id, payload->>'touchId' AS touch_id FROM event_fact
                  WHERE event_type = 'agencyos.lead.converted.v1' AND %1$s),
                z AS (
                  SELECT DISTINCT ON (tenant_id) tenant_id, payload->>'timeZone' AS zone FROM event_fact
                  WHERE event_type = 'agencyos.tenant.changed.v1' AND tenant_id IS NOT NULL
                  ORDER BY tenant_id, occurred_at DESC, seq DESC)
                SELECT t.*, z.zone, v.first_name, v.company_name,
                  EXISTS (SELECT 1 FROM r WHERE r.tenant_id = t.tenant_id AND r.touch_id = t.touch_id) AS replied,
                  EXISTS (SELECT 1 FROM m WHERE m.tenant_id = t.tenant_id AND m.touch_id = t.touch_id) AS meeting,
                  EXISTS (SELECT 1 FROM m WHERE m.tenant_id = t.tenant_id AND m.lead_id = t.lead_id) AS converted
                FROM t LEFT JOIN z ON z.tenant_id = t.tenant_id
                       LEFT JOIN lead_view v ON v.lead_id = t.lead_id AND v.tenant_id = t.tenant_id""".formatted(TENANT))
                .bind("start", scope.start().atOffset(ZoneOffset.UTC))
                .bind("end", scope.end().atOffset(ZoneOffset.UTC));
        spec = scope.tenantId() == null ? spec.bindNull("tenant", UUID.class) : spec.bind("tenant", scope.tenantId());
        spec = scope.campaignId() == null ? spec.bindNull("campaign", UUID.class)
                : spec.bind("campaign", scope.campaignId());
        return spec.map(R2dbcPatternData::touch).all();
    }

    private static SentTouch touch(Readable row) {
        String subject = row.get("subject", String.class);
        String body = row.get("body", String.class);
        String enrollment = row.get("enrollment_id", String.class);
        return new SentTouch(enrollment == null ? null : UUID.fromString(enrollment), row.get("step", Integer.class),
                row.get("channel", String.class), row.get("occurred_at", OffsetDateTime.class).toInstant(),
                zone(row.get("zone", String.class)), subject, body,
                names(subject, body, row.get("first_name", String.class), row.get("company_name", String.class)),
                Boolean.TRUE.equals(row.get("replied", Boolean.class)),
                Boolean.TRUE.equals(row.get("meeting", Boolean.class)),
                Boolean.TRUE.equals(row.get("converted", Boolean.class)));
    }

    /** The tenant's time zone: the events carry none for a lead yet. */
    private static ZoneId zone(String name) {
        if (name == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static boolean names(String subject, String body, String firstName, String company) {
        String text = ((subject == null ? "" : subject) + "\n" + (body == null ? "" : body)).toLowerCase(Locale.ROOT);
        return mentions(text, firstName) || mentions(text, company);
    }

    private static boolean mentions(String text, String name) {
        return name != null && name.trim().length() >= 2 && text.contains(name.trim().toLowerCase(Locale.ROOT));
    }
}
