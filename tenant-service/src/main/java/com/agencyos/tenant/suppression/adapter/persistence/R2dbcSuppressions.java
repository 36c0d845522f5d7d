package com.agencyos.tenant.suppression.adapter.persistence;

import com.agencyos.tenant.suppression.application.Suppressions;
import com.agencyos.tenant.suppression.domain.Suppression;
import com.agencyos.tenant.suppression.domain.SuppressionKind;
import com.agencyos.tenant.suppression.domain.SuppressionScope;
import com.agencyos.tenant.suppression.domain.SuppressionSource;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcSuppressions implements Suppressions {

    private static final String COLUMNS = "id, tenant_id, kind, value, reason, source, created_at, created_by";

    private final DatabaseClient db;

    R2dbcSuppressions(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insertIfAbsent(Suppression s) {
        var spec = db.sql("""
                INSERT INTO suppression (id, tenant_id, kind, value, reason, source, created_at, created_by)
                VALUES (:id, :tenantId, :kind, :value, :reason, :source, :createdAt, :createdBy)
                ON CONFLICT DO NOTHING""")
                .bind("id", s.id())
                .bind("kind", s.kind().name())
                .bind("value", s.value())
                .bind("reason", s.reason())
                .bind("source", s.source().wire())
                .bind("createdAt", s.createdAt().atOffset(ZoneOffset.UTC))
                .bind("createdBy", s.createdBy());
        spec = s.scope().isPlatform() ? spec.bindNull("tenantId", UUID.class) : spec.bind("tenantId", s.scope().tenantId());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Suppression> find(SuppressionScope scope, SuppressionKind kind, String value) {
        return scoped(db.sql("SELECT " + COLUMNS + " FROM suppression WHERE " + scopeCondition(scope)
                + " AND kind = :kind AND value = :value"), scope)
                .bind("kind", kind.name())
                .bind("value", value)
                .map(R2dbcSuppressions::suppression).one();
    }

    @Override
    public Mono<Suppression> delete(SuppressionScope scope, UUID id) {
        return scoped(db.sql("DELETE FROM suppression WHERE " + scopeCondition(scope) + " AND id = :id RETURNING " + COLUMNS),
                scope)
                .bind("id", id)
                .map(R2dbcSuppressions::suppression).one();
    }

    @Override
    public Flux<Suppression> page(SuppressionScope scope, SuppressionKind kind, String contains, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM suppression WHERE " + scopeCondition(scope));
        if (kind != null) {
            sql.append(" AND kind = :kind");
        }
        if (contains != null) {
            sql.append(" AND strpos(value, :contains) > 0");
        }
        if (after != null) {
            sql.append(" AND (created_at, id) < (:afterTime, :afterId)");
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        var spec = scoped(db.sql(sql.toString()), scope).bind("limit", limit);
        if (kind != null) {
            spec = spec.bind("kind", kind.name());
        }
        if (contains != null) {
            spec = spec.bind("contains", contains);
        }
        if (after != null) {
            spec = spec.bind("afterTime", after.createdAt().atOffset(ZoneOffset.UTC)).bind("afterId", after.id());
        }
        return spec.map(R2dbcSuppressions::suppression).all();
    }

    @Override
    public Flux<Suppression> matching(UUID tenantId, String email, List<String> domains) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM suppression
                WHERE (tenant_id = :tenantId OR tenant_id IS NULL)
                  AND ((kind = 'email' AND value = :email) OR (kind = 'domain' AND value = ANY(:domains)))
                ORDER BY tenant_id NULLS LAST, kind, value""")
                .bind("tenantId", tenantId)
                .bind("email", email)
                .bind("domains", domains.toArray(String[]::new))
                .map(R2dbcSuppressions::suppression).all();
    }

    private static String scopeCondition(SuppressionScope scope) {
        return scope.isPlatform() ? "tenant_id IS NULL" : "tenant_id = :tenantId";
    }

    private static DatabaseClient.GenericExecuteSpec scoped(DatabaseClient.GenericExecuteSpec spec, SuppressionScope scope) {
        return scope.isPlatform() ? spec : spec.bind("tenantId", scope.tenantId());
    }

    private static Suppression suppression(Readable row) {
        UUID tenantId = row.get("tenant_id", UUID.class);
        return new Suppression(row.get("id", UUID.class),
                tenantId == null ? SuppressionScope.platform() : SuppressionScope.tenant(tenantId),
                SuppressionKind.valueOf(row.get("kind", String.class)), row.get("value", String.class),
                row.get("reason", String.class), SuppressionSource.fromWire(row.get("source", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("created_by", String.class));
    }
}
