package com.agencyos.outreach.campaign.adapter.persistence;

import com.agencyos.outreach.campaign.application.TenantPlans;
import com.agencyos.outreach.campaign.domain.PermissionMode;
import com.agencyos.outreach.campaign.domain.TenantPlan;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTenantPlans implements TenantPlans {

    private final DatabaseClient db;

    R2dbcTenantPlans(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> record(TenantPlan plan) {
        // The topic is compacted and replays: only a higher version replaces what is kept.
        return db.sql("""
                INSERT INTO tenant_plan (tenant_id, status, tier, max_active_campaigns, default_permission_mode, time_zone,
                                         deleted, version, updated_at)
                VALUES (:tenantId, :status, :tier, :max, :mode, :zone, :deleted, :version, :now)
                ON CONFLICT (tenant_id) DO UPDATE SET status = EXCLUDED.status, tier = EXCLUDED.tier,
                       max_active_campaigns = EXCLUDED.max_active_campaigns,
                       default_permission_mode = EXCLUDED.default_permission_mode, time_zone = EXCLUDED.time_zone,
                       deleted = EXCLUDED.deleted, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                 WHERE tenant_plan.version < EXCLUDED.version""")
                .bind("tenantId", plan.tenantId())
                .bind("status", plan.status())
                .bind("tier", plan.tier())
                .bind("max", plan.maxActiveCampaigns())
                .bind("mode", plan.defaultPermissionMode().wireName())
                .bind("zone", plan.timeZone())
                .bind("deleted", plan.deleted())
                .bind("version", plan.version())
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<TenantPlan> find(UUID tenantId) {
        return db.sql("SELECT * FROM tenant_plan WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> new TenantPlan(row.get("tenant_id", UUID.class), row.get("status", String.class),
                        row.get("tier", String.class), row.get("max_active_campaigns", Integer.class),
                        PermissionMode.fromWire(row.get("default_permission_mode", String.class)),
                        row.get("time_zone", String.class), Boolean.TRUE.equals(row.get("deleted", Boolean.class)),
                        row.get("version", Long.class)))
                .one();
    }
}
