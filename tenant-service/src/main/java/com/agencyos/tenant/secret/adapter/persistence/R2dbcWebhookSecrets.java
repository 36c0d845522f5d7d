package com.agencyos.tenant.secret.adapter.persistence;

import com.agencyos.platform.events.EventJson;
import com.agencyos.tenant.secret.application.WebhookSecrets;
import com.agencyos.tenant.secret.domain.SecretKind;
import com.agencyos.tenant.secret.domain.WebhookSecret;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcWebhookSecrets implements WebhookSecrets {

    private final DatabaseClient db;

    R2dbcWebhookSecrets(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> tenantExists(UUID tenantId) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM tenant WHERE id = :id AND NOT deleted) AS present")
                .bind("id", tenantId)
                .map(row -> Boolean.TRUE.equals(row.get("present", Boolean.class))).one();
    }

    @Override
    public Mono<SecretSet> nextVersion(UUID tenantId, Instant changedAt) {
        return db.sql("""
                INSERT INTO webhook_secret_set (tenant_id, version, changed_at) VALUES (:tenantId, 1, :changedAt)
                ON CONFLICT (tenant_id) DO UPDATE
                    SET version = webhook_secret_set.version + 1, changed_at = EXCLUDED.changed_at
                RETURNING version, allowed_hubspot_form_ids::text AS forms""")
                .bind("tenantId", tenantId)
                .bind("changedAt", changedAt.atOffset(ZoneOffset.UTC))
                .map(row -> new SecretSet(row.get("version", Long.class),
                        List.copyOf(Arrays.asList(EventJson.read(row.get("forms", String.class), String[].class)))))
                .one();
    }

    @Override
    public Mono<Void> insert(WebhookSecret secret, String sealedValue) {
        var spec = db.sql("""
                INSERT INTO webhook_secret (id, tenant_id, kind, sealed, created_at, expires_at)
                VALUES (:id, :tenantId, :kind, :sealed, :createdAt, :expiresAt)""")
                .bind("id", secret.id())
                .bind("tenantId", secret.tenantId())
                .bind("kind", secret.kind().name())
                .bind("sealed", sealedValue)
                .bind("createdAt", secret.createdAt().atOffset(ZoneOffset.UTC));
        spec = secret.expiresAt() == null ? spec.bindNull("expiresAt", OffsetDateTime.class)
                : spec.bind("expiresAt", secret.expiresAt().atOffset(ZoneOffset.UTC));
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Flux<Stored> active(UUID tenantId) {
        return db.sql("""
                SELECT id, tenant_id, kind, sealed, created_at, expires_at FROM webhook_secret
                WHERE tenant_id = :tenantId AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
                ORDER BY created_at, id""")
                .bind("tenantId", tenantId)
                .map(R2dbcWebhookSecrets::stored)
                .all();
    }

    @Override
    public Mono<Boolean> revoke(UUID tenantId, UUID secretId, Set<SecretKind> kinds, Instant revokedAt) {
        return db.sql("""
                UPDATE webhook_secret SET revoked_at = :revokedAt
                WHERE id = :id AND tenant_id = :tenantId AND revoked_at IS NULL AND kind IN (:kinds)""")
                .bind("id", secretId)
                .bind("kinds", kinds.stream().map(SecretKind::name).toList())
                .bind("tenantId", tenantId)
                .bind("revokedAt", revokedAt.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<SecretSet> replaceAllowedHubspotFormIds(UUID tenantId, List<String> formIds, Instant changedAt) {
        return db.sql("""
                INSERT INTO webhook_secret_set (tenant_id, version, allowed_hubspot_form_ids, changed_at)
                VALUES (:tenantId, 1, CAST(:forms AS JSONB), :changedAt)
                ON CONFLICT (tenant_id) DO UPDATE
                    SET version = webhook_secret_set.version + 1, allowed_hubspot_form_ids = EXCLUDED.allowed_hubspot_form_ids,
                        changed_at = EXCLUDED.changed_at
                RETURNING version, allowed_hubspot_form_ids::text AS forms""")
                .bind("tenantId", tenantId)
                .bind("forms", EventJson.write(formIds))
                .bind("changedAt", changedAt.atOffset(ZoneOffset.UTC))
                .map(row -> new SecretSet(row.get("version", Long.class), forms(row.get("forms", String.class))))
                .one();
    }

    @Override
    public Mono<List<String>> allowedHubspotFormIds(UUID tenantId) {
        return db.sql("SELECT allowed_hubspot_form_ids::text AS forms FROM webhook_secret_set WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> forms(row.get("forms", String.class)))
                .one()
                .defaultIfEmpty(List.of());
    }

    private static List<String> forms(String json) {
        return List.copyOf(Arrays.asList(EventJson.read(json, String[].class)));
    }

    private static Stored stored(Readable row) {
        OffsetDateTime expires = row.get("expires_at", OffsetDateTime.class);
        return new Stored(new WebhookSecret(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                SecretKind.valueOf(row.get("kind", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant(), expires == null ? null : expires.toInstant()),
                row.get("sealed", String.class));
    }
}
