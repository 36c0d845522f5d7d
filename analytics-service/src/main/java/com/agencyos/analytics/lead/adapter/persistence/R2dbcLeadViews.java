package com.agencyos.analytics.lead.adapter.persistence;

import com.agencyos.analytics.lead.application.LeadViews;
import com.agencyos.analytics.lead.domain.LeadSearch;
import com.agencyos.analytics.lead.domain.LeadSort;
import com.agencyos.analytics.lead.domain.LeadStatus;
import com.agencyos.analytics.lead.domain.LeadView;
import com.agencyos.analytics.lead.domain.Profile;
import com.agencyos.analytics.lead.domain.Tier;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLeadViews implements LeadViews {

    private static final String COLUMNS = """
            lead_id, tenant_id, email, first_name, last_name, title, company_name, company_domain, status, score, tier,
            campaign_id, first_event_at, last_event_at, profile_at, scored_at, events""";

    private final DatabaseClient db;

    R2dbcLeadViews(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<LeadView> lock(UUID leadId) {
        return db.sql("SELECT " + COLUMNS + " FROM lead_view WHERE lead_id = :leadId FOR UPDATE")
                .bind("leadId", leadId)
                .map(R2dbcLeadViews::view)
                .one();
    }

    @Override
    public Mono<Void> save(LeadView view) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("leadId", view.leadId());
        values.put("tenantId", view.tenantId());
        values.put("email", view.profile().email());
        values.put("firstName", view.profile().firstName());
        values.put("lastName", view.profile().lastName());
        values.put("title", view.profile().title());
        values.put("companyName", view.profile().companyName());
        values.put("companyDomain", view.profile().companyDomain());
        values.put("status", view.status().name());
        values.put("score", view.score());
        values.put("tier", view.tier() == null ? null : view.tier().name());
        values.put("campaignId", view.campaignId());
        values.put("firstEventAt", time(view.firstEventAt()));
        values.put("lastEventAt", time(view.lastEventAt()));
        values.put("profileAt", time(view.profileAt()));
        values.put("scoredAt", time(view.scoredAt()));
        values.put("events", view.events());
        var spec = db.sql("""
                INSERT INTO lead_view (%s)
                VALUES (:leadId, :tenantId, :email, :firstName, :lastName, :title, :companyName, :companyDomain, :status,
                        :score, :tier, :campaignId, :firstEventAt, :lastEventAt, :profileAt, :scoredAt, :events)
                ON CONFLICT (lead_id) DO UPDATE SET email = EXCLUDED.email, first_name = EXCLUDED.first_name,
                    last_name = EXCLUDED.last_name, title = EXCLUDED.title, company_name = EXCLUDED.company_name,
                    company_domain = EXCLUDED.company_domain, status = EXCLUDED.status, score = EXCLUDED.score,
                    tier = EXCLUDED.tier, campaign_id = EXCLUDED.campaign_id, first_event_at = EXCLUDED.first_event_at,
                    last_event_at = EXCLUDED.last_event_at, profile_at = EXCLUDED.profile_at,
                    scored_at = EXCLUDED.scored_at, events = EXCLUDED.events
                WHERE lead_view.tenant_id = EXCLUDED.tenant_id""".formatted(COLUMNS));
        return bindAll(spec, values, Map.of("score", Double.class, "firstEventAt", OffsetDateTime.class,
                "lastEventAt", OffsetDateTime.class, "profileAt", OffsetDateTime.class, "scoredAt", OffsetDateTime.class,
                "campaignId", UUID.class)).fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> saveAll(List<LeadView> views) {
        return Flux.fromIterable(views).concatMap(this::save).then();
    }

    @Override
    public Mono<Void> lockAll(List<UUID> leadIds) {
        return db.sql("SELECT lead_id FROM lead_view WHERE lead_id IN (:leadIds) ORDER BY lead_id FOR UPDATE")
                .bind("leadIds", leadIds)
                .fetch().all().then();
    }

    @Override
    public Mono<Void> removeUnsupported() {
        return db.sql("""
                DELETE FROM lead_view v
                WHERE NOT EXISTS (SELECT 1 FROM event_fact f WHERE f.lead_id = v.lead_id AND f.tenant_id = v.tenant_id)""")
                .then();
    }

    @Override
    public Mono<LeadView> find(UUID tenantId, UUID leadId) {
        return db.sql("SELECT " + COLUMNS + " FROM lead_view WHERE tenant_id = :tenantId AND lead_id = :leadId")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(R2dbcLeadViews::view)
                .one();
    }

    @Override
    public Flux<LeadView> search(UUID tenantId, LeadSearch search, int count) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM lead_view WHERE tenant_id = :tenantId");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tenantId", tenantId);
        if (search.tier() != null) {
            sql.append(" AND tier = :tier");
            values.put("tier", search.tier().name());
        }
        if (search.status() != null) {
            sql.append(" AND status = :status");
            values.put("status", search.status().name());
        }
        if (search.text() != null) {
            // One searchable text per lead; the newline keeps a match from spanning two fields.
            sql.append(" AND concat_ws(E'\\n', email, concat_ws(' ', first_name, last_name), company_name,"
                    + " company_domain) ILIKE :text");
            values.put("text", "%" + escapeLike(search.text()) + "%");
        }
        if (search.minScore() != null) {
            sql.append(" AND score >= :minScore");
            values.put("minScore", search.minScore());
        }
        if (search.maxScore() != null) {
            sql.append(" AND score <= :maxScore");
            values.put("maxScore", search.maxScore());
        }
        if (search.campaignId() != null) {
            sql.append(" AND campaign_id = :campaignId");
            values.put("campaignId", search.campaignId());
        }
        LeadSort sort = search.sort();
        String key = switch (sort.key()) {
            case LAST_EVENT_AT -> "last_event_at";
            case FIRST_EVENT_AT -> "first_event_at";
            case SCORE -> "COALESCE(score, " + LeadSort.UNSCORED + ")";
        };
        String direction = sort.descending() ? "DESC" : "ASC";
        if (search.after() != null) {
            sql.append(" AND (").append(key).append(", lead_id) ").append(sort.descending() ? "<" : ">")
                    .append(" (:afterKey, :afterLead)");
            values.put("afterKey", sort.key() == LeadSort.Key.SCORE ? (Object) search.after().numberKey()
                    : time(search.after().instantKey()));
            values.put("afterLead", search.after().leadId());
        }
        sql.append(" ORDER BY ").append(key).append(' ').append(direction).append(", lead_id ").append(direction)
                .append(" LIMIT :count");
        values.put("count", count);
        return bindAll(db.sql(sql.toString()), values, Map.of()).map(R2dbcLeadViews::view).all();
    }

    private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec,
            Map<String, Object> values, Map<String, Class<?>> nullableTypes) {
        for (var entry : values.entrySet()) {
            spec = entry.getValue() == null
                    ? spec.bindNull(entry.getKey(), nullableTypes.getOrDefault(entry.getKey(), String.class))
                    : spec.bind(entry.getKey(), entry.getValue());
        }
        return spec;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LeadView view(Readable row) {
        return new LeadView(row.get("lead_id", UUID.class), row.get("tenant_id", UUID.class),
                new Profile(row.get("email", String.class), row.get("first_name", String.class),
                        row.get("last_name", String.class), row.get("title", String.class),
                        row.get("company_name", String.class), row.get("company_domain", String.class)),
                LeadStatus.valueOf(row.get("status", String.class)), row.get("score", Double.class),
                Tier.named(row.get("tier", String.class)), row.get("campaign_id", UUID.class),
                instant(row, "first_event_at"), instant(row, "last_event_at"), instant(row, "profile_at"),
                instant(row, "scored_at"), row.get("events", Integer.class));
    }
}
