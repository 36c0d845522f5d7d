package com.agencyos.ingest.tenant.adapter.persistence;

import com.agencyos.ingest.tenant.application.TenantStates;
import com.agencyos.ingest.tenant.domain.TenantState;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTenantStates implements TenantStates {

    private final DatabaseClient db;

    R2dbcTenantStates(DatabaseClient db) {
        this.db = db;
    }

    /** The version comparison happens in the upsert itself, so two records racing cannot leave the older one held. */
    @Override
    public Mono<Boolean> replaceIfNewer(TenantState state) {
        return db.sql("""
                INSERT INTO tenant_state (tenant_id, status, deleted, version, updated_at)
                VALUES (:tenantId, :status, :deleted, :version, now())
                ON CONFLICT (tenant_id) DO UPDATE
                    SET status = EXCLUDED.status, deleted = EXCLUDED.deleted, version = EXCLUDED.version, updated_at = now()
                    WHERE tenant_state.version < EXCLUDED.version""")
                .bind("tenantId", state.tenantId())
                .bind("status", state.status())
                .bind("deleted", state.deleted())
                .bind("version", state.version())
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> forget(UUID tenantId) {
        return db.sql("DELETE FROM tenant_state WHERE tenant_id = :tenantId").bind("tenantId", tenantId).then();
    }

    @Override
    public Mono<TenantState> find(UUID tenantId) {
        return db.sql("SELECT status, deleted, version FROM tenant_state WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> new TenantState(tenantId, row.get("status", String.class), Boolean.TRUE.equals(row.get("deleted", Boolean.class)),
                        row.get("version", Long.class)))
                .one();
    }
}
