package com.agencyos.enrichment.lead.adapter.persistence;

import com.agencyos.enrichment.lead.application.EnrichmentJob;
import com.agencyos.enrichment.lead.application.EnrichmentPorts;
import com.agencyos.enrichment.lead.application.JobState;
import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadIntake;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import com.agencyos.enrichment.lead.domain.ProviderCall;
import com.agencyos.enrichment.lead.domain.SuppressionKey;
import com.agencyos.enrichment.lead.domain.TenantState;
import com.agencyos.platform.events.EventJson;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEnrichmentStore implements EnrichmentPorts.EnrichedLeads, EnrichmentPorts.Jobs, EnrichmentPorts.Tenants,
        EnrichmentPorts.Suppressions, EnrichmentPorts.Cache, EnrichmentPorts.PremiumUsage, EnrichmentPorts.CallLog {

    /** The scope column of platform-wide suppression entries; tenant entries carry the tenant id. */
    static final String PLATFORM = "platform";

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    R2dbcEnrichmentStore(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
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
                .bind("enrichedAt", utc(lead.enrichedAt()))
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

    @Override
    public Mono<Void> create(EnrichmentJob job) {
        return db.sql("""
                INSERT INTO enrichment_job (lead_id, tenant_id, state, reason, intake, traceparent, created_at, updated_at)
                VALUES (:leadId, :tenantId, :state, :reason, CAST(:intake AS jsonb), :traceparent, :at, :at)
                ON CONFLICT (lead_id) DO NOTHING""")
                .bind("leadId", job.intake().leadId())
                .bind("tenantId", job.intake().tenantId())
                .bind("state", job.state().name())
                .bind("reason", nullable(job.reason()))
                .bind("intake", EventJson.write(job.intake()))
                .bind("traceparent", nullable(job.traceparent()))
                .bind("at", utc(job.updatedAt()))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Flux<EnrichmentJob> claim(int max, Duration lease) {
        return db.sql("""
                UPDATE enrichment_job SET state = 'running', attempts = attempts + 1, updated_at = now(),
                    lease_until = now() + make_interval(secs => :leaseSeconds)
                WHERE lead_id IN (SELECT lead_id FROM enrichment_job
                                  WHERE state = 'pending' OR (state = 'running' AND lease_until < now())
                                  ORDER BY created_at LIMIT :max FOR UPDATE SKIP LOCKED)
                RETURNING intake::text AS intake, state, reason, attempts, updated_at, traceparent""")
                .bind("leaseSeconds", (double) lease.toSeconds())
                .bind("max", max)
                .map(R2dbcEnrichmentStore::job)
                .all();
    }

    @Override
    public Mono<Void> mark(UUID leadId, JobState state, String reason) {
        return db.sql("UPDATE enrichment_job SET state = :state, reason = :reason, lease_until = NULL, updated_at = now() "
                        + "WHERE lead_id = :leadId")
                .bind("state", state.name())
                .bind("reason", nullable(reason))
                .bind("leadId", leadId)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Long> resumeParked(UUID tenantId) {
        return db.sql("UPDATE enrichment_job SET state = 'pending', reason = NULL, updated_at = now() "
                        + "WHERE tenant_id = :tenantId AND state = 'parked'")
                .bind("tenantId", tenantId)
                .fetch().rowsUpdated();
    }

    @Override
    public Mono<Long> dropWaiting(UUID tenantId) {
        return db.sql("UPDATE enrichment_job SET state = 'dropped', reason = 'tenant_deleted', updated_at = now() "
                        + "WHERE tenant_id = :tenantId AND state IN ('parked', 'pending')")
                .bind("tenantId", tenantId)
                .fetch().rowsUpdated();
    }

    @Override
    public Mono<EnrichmentJob> findJob(UUID tenantId, UUID leadId) {
        return db.sql("SELECT intake::text AS intake, state, reason, attempts, updated_at, traceparent FROM enrichment_job "
                        + "WHERE tenant_id = :tenantId AND lead_id = :leadId")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(R2dbcEnrichmentStore::job)
                .one();
    }

    private static EnrichmentJob job(Readable row) {
        return new EnrichmentJob(EventJson.read(row.get("intake", String.class), LeadIntake.class),
                JobState.valueOf(row.get("state", String.class)), row.get("reason", String.class),
                row.get("attempts", Integer.class), row.get("updated_at", OffsetDateTime.class).toInstant(),
                row.get("traceparent", String.class));
    }

    @Override
    public Mono<TenantState> find(UUID tenantId) {
        return db.sql("SELECT state::text AS state FROM tenant_state WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> EventJson.read(row.get("state", String.class), TenantState.class))
                .one();
    }

    @Override
    public Mono<Boolean> save(TenantState state) {
        return db.sql("""
                INSERT INTO tenant_state (tenant_id, version, state) VALUES (:tenantId, :version, CAST(:state AS jsonb))
                ON CONFLICT (tenant_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state
                WHERE tenant_state.version < EXCLUDED.version""")
                .bind("tenantId", state.tenantId())
                .bind("version", state.version())
                .bind("state", EventJson.write(state))
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> add(UUID tenantId, SuppressionKey key, String reason) {
        return db.sql("""
                INSERT INTO suppression_entry (scope, kind, value, reason) VALUES (:scope, :kind, :value, :reason)
                ON CONFLICT (scope, kind, value) DO UPDATE SET reason = EXCLUDED.reason""")
                .bind("scope", scope(tenantId))
                .bind("kind", key.kind().name())
                .bind("value", key.value())
                .bind("reason", reason == null ? "unspecified" : reason)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> remove(UUID tenantId, SuppressionKey key) {
        return db.sql("DELETE FROM suppression_entry WHERE scope = :scope AND kind = :kind AND value = :value")
                .bind("scope", scope(tenantId))
                .bind("kind", key.kind().name())
                .bind("value", key.value())
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<String> firstMatch(UUID tenantId, List<SuppressionKey> keys) {
        if (keys.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                SELECT kind, scope, reason FROM suppression_entry
                WHERE scope IN (:tenant, 'platform') AND kind || ':' || value IN (:keys)
                ORDER BY scope = 'platform', kind LIMIT 1""")
                .bind("tenant", tenantId.toString())
                .bind("keys", keys.stream().map(k -> k.kind().name() + ":" + k.value()).toList())
                .map(row -> (PLATFORM.equals(row.get("scope", String.class)) ? "platform_" : "tenant_")
                        + row.get("kind", String.class) + "_" + row.get("reason", String.class))
                .first();
    }

    @Override
    public Mono<ProviderAnswer> get(String key, String provider, Instant now) {
        return db.sql("SELECT answer::text AS answer, fetched_at FROM enrichment_cache "
                        + "WHERE cache_key = :key AND provider = :provider AND expires_at > :now")
                .bind("key", key)
                .bind("provider", provider)
                .bind("now", utc(now))
                .map(row -> answer(provider, row.get("fetched_at", OffsetDateTime.class).toInstant(),
                        row.get("answer", String.class)))
                .one();
    }

    @Override
    public Mono<Void> put(String key, ProviderAnswer answer, Instant expiresAt) {
        Map<String, CachedValue> values = new LinkedHashMap<>();
        answer.values().forEach((field, sourced) ->
                values.put(field.path(), new CachedValue(sourced.value(), sourced.confidence())));
        return db.sql("""
                INSERT INTO enrichment_cache (cache_key, provider, answer, fetched_at, expires_at)
                VALUES (:key, :provider, CAST(:answer AS jsonb), :fetchedAt, :expiresAt)
                ON CONFLICT (cache_key, provider) DO UPDATE SET answer = EXCLUDED.answer,
                    fetched_at = EXCLUDED.fetched_at, expires_at = EXCLUDED.expires_at""")
                .bind("key", key)
                .bind("provider", answer.provider())
                .bind("answer", EventJson.write(values))
                .bind("fetchedAt", utc(answer.fetchedAt()))
                .bind("expiresAt", utc(expiresAt))
                .fetch().rowsUpdated().then();
    }

    /** A cached field value; the field's type is restored from the field when read back. */
    record CachedValue(Object value, double confidence) {
    }

    private static ProviderAnswer answer(String provider, Instant fetchedAt, String json) {
        ProviderAnswer.Builder builder = ProviderAnswer.from(provider, fetchedAt);
        EventJson.tree(json).properties().forEach(entry -> {
            var node = entry.getValue();
            Object value = EventJson.mapper().convertValue(node.get("value"), Object.class);
            builder.put(Field.ofPath(entry.getKey()), value, node.get("confidence").asDouble());
        });
        return builder.build();
    }

    @Override
    public Mono<Void> countLead(UUID tenantId, LocalDate day) {
        return db.sql("""
                INSERT INTO premium_usage (tenant_id, day, leads, premium) VALUES (:tenantId, :day, 1, 0)
                ON CONFLICT (tenant_id, day) DO UPDATE SET leads = premium_usage.leads + 1""")
                .bind("tenantId", tenantId)
                .bind("day", day)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Boolean> claim(UUID tenantId, LocalDate day, double share) {
        Mono<Boolean> claim = db.sql("SELECT leads, premium FROM premium_usage WHERE tenant_id = :tenantId AND day = :day FOR UPDATE")
                .bind("tenantId", tenantId)
                .bind("day", day)
                .map(row -> com.agencyos.enrichment.lead.domain.PremiumCap.allows(row.get("leads", Integer.class),
                        row.get("premium", Integer.class), share))
                .one()
                .defaultIfEmpty(false)
                .flatMap(allowed -> !allowed ? Mono.just(false)
                        : db.sql("UPDATE premium_usage SET premium = premium + 1 WHERE tenant_id = :tenantId AND day = :day")
                                .bind("tenantId", tenantId)
                                .bind("day", day)
                                .fetch().rowsUpdated().thenReturn(true));
        return tx.transactional(claim);
    }

    @Override
    public Mono<Void> record(UUID leadId, UUID tenantId, List<ProviderCall> calls, Instant at) {
        return Flux.fromIterable(calls).concatMap(call -> db.sql("""
                INSERT INTO provider_call (lead_id, tenant_id, provider, tier, outcome, cost_micros, cached, called_at)
                VALUES (:leadId, :tenantId, :provider, :tier, :outcome, :cost, :cached, :at)""")
                .bind("leadId", leadId)
                .bind("tenantId", tenantId)
                .bind("provider", call.provider())
                .bind("tier", call.tier())
                .bind("outcome", call.outcome().name())
                .bind("cost", call.costMicros())
                .bind("cached", call.cached())
                .bind("at", utc(at))
                .fetch().rowsUpdated()).then();
    }

    private static String scope(UUID tenantId) {
        return tenantId == null ? PLATFORM : tenantId.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static org.springframework.r2dbc.core.Parameter nullable(String value) {
        return org.springframework.r2dbc.core.Parameter.fromOrEmpty(value, String.class);
    }
}
