package com.agencyos.ingest.webhook.adapter.persistence;

import com.agencyos.ingest.webhook.application.TenantSecretStore;
import com.agencyos.ingest.webhook.domain.SecretKind;
import com.agencyos.ingest.webhook.domain.TenantSecret;
import com.agencyos.ingest.webhook.domain.TenantSecrets;
import com.agencyos.platform.events.EventJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTenantSecretStore implements TenantSecretStore {

    private final DatabaseClient db;

    R2dbcTenantSecretStore(DatabaseClient db) {
        this.db = db;
    }

    /** Runs in the inbox's transaction, so the set row and its secrets change together. */
    @Override
    public Mono<Boolean> replaceIfNewer(TenantSecrets secrets) {
        var upsert = db.sql("""
                INSERT INTO tenant_secret_set (tenant_id, version, changed_at, allowed_hubspot_form_ids)
                VALUES (:tenantId, :version, :changedAt, CAST(:formIds AS jsonb))
                ON CONFLICT (tenant_id) DO UPDATE SET version = EXCLUDED.version, changed_at = EXCLUDED.changed_at,
                    allowed_hubspot_form_ids = EXCLUDED.allowed_hubspot_form_ids, updated_at = now()
                WHERE tenant_secret_set.version < EXCLUDED.version""")
                .bind("tenantId", secrets.tenantId())
                .bind("version", secrets.version())
                .bind("formIds", EventJson.write(secrets.allowedHubspotFormIds()));
        upsert = secrets.changedAt() == null ? upsert.bindNull("changedAt", OffsetDateTime.class)
                : upsert.bind("changedAt", utc(secrets.changedAt()));
        return upsert.fetch().rowsUpdated().flatMap(rows -> rows == 0 ? Mono.just(false)
                : db.sql("DELETE FROM tenant_secret WHERE tenant_id = :tenantId")
                        .bind("tenantId", secrets.tenantId()).fetch().rowsUpdated()
                        .thenMany(Flux.fromIterable(secrets.secrets()).concatMap(secret -> insert(secrets.tenantId(), secret)))
                        .then(Mono.just(true)));
    }

    private Mono<Long> insert(UUID tenantId, TenantSecret secret) {
        var spec = db.sql("""
                INSERT INTO tenant_secret (tenant_id, secret_id, kind, sealed, created_at, expires_at)
                VALUES (:tenantId, :secretId, :kind, :sealed, :createdAt, :expiresAt)""")
                .bind("tenantId", tenantId)
                .bind("secretId", secret.secretId())
                .bind("kind", secret.kind())
                .bind("sealed", secret.sealed());
        spec = secret.createdAt() == null ? spec.bindNull("createdAt", OffsetDateTime.class)
                : spec.bind("createdAt", utc(secret.createdAt()));
        spec = secret.expiresAt() == null ? spec.bindNull("expiresAt", OffsetDateTime.class)
                : spec.bind("expiresAt", utc(secret.expiresAt()));
        return spec.fetch().rowsUpdated();
    }

    @Override
    public Mono<Void> forget(UUID tenantId) {
        return db.sql("DELETE FROM tenant_secret_set WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId).fetch().rowsUpdated().then();
    }

    @Override
    public Flux<TenantSecret> secrets(UUID tenantId, SecretKind kind) {
        return db.sql("""
                SELECT secret_id, kind, sealed, created_at, expires_at FROM tenant_secret
                WHERE tenant_id = :tenantId AND kind = :kind ORDER BY created_at DESC NULLS LAST""")
                .bind("tenantId", tenantId)
                .bind("kind", kind.name())
                .map(row -> new TenantSecret(row.get("secret_id", UUID.class), row.get("kind", String.class),
                        row.get("sealed", String.class), instant(row.get("created_at", OffsetDateTime.class)),
                        instant(row.get("expires_at", OffsetDateTime.class))))
                .all();
    }

    @Override
    public Mono<List<String>> allowedHubSpotForms(UUID tenantId) {
        return db.sql("SELECT allowed_hubspot_form_ids::text AS ids FROM tenant_secret_set WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> formIds(row.get("ids", String.class)))
                .one();
    }

    private static List<String> formIds(String json) {
        List<String> ids = new ArrayList<>();
        EventJson.tree(json).forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
