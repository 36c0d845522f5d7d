package com.agencyos.tenant.tenancy.adapter.persistence;

import com.agencyos.platform.events.EventJson;
import com.agencyos.tenant.tenancy.application.Tenants;
import com.agencyos.tenant.tenancy.domain.Icp;
import com.agencyos.tenant.tenancy.domain.PermissionMode;
import com.agencyos.tenant.tenancy.domain.Tenant;
import com.agencyos.tenant.tenancy.domain.TenantStatus;
import com.agencyos.tenant.tenancy.domain.Tier;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTenants implements Tenants {

    private static final String COLUMNS = """
            id, name, status, tier, time_zone, country, default_permission_mode, icp::text AS icp, data_sharing_consent,
            deleted, version, created_at, updated_at""";

    private final DatabaseClient db;

    R2dbcTenants(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insert(Tenant tenant) {
        return bindState(db.sql("""
                INSERT INTO tenant (id, name, status, tier, time_zone, country, default_permission_mode, icp,
                                    data_sharing_consent, deleted, version, created_at, updated_at)
                VALUES (:id, :name, :status, :tier, :timeZone, :country, :mode, CAST(:icp AS jsonb), :consent,
                        :deleted, :version, :createdAt, :updatedAt)
                ON CONFLICT (id) DO NOTHING"""), tenant)
                .bind("createdAt", utc(tenant.createdAt()))
                .bind("updatedAt", utc(tenant.updatedAt()))
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<Tenant> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = :id").bind("id", id)
                .map(R2dbcTenants::tenant).one();
    }

    @Override
    public Mono<Tenant> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = :id FOR UPDATE").bind("id", id)
                .map(R2dbcTenants::tenant).one();
    }

    @Override
    public Mono<Void> update(Tenant tenant) {
        return bindState(db.sql("""
                UPDATE tenant SET name = :name, status = :status, tier = :tier, time_zone = :timeZone,
                    country = :country, default_permission_mode = :mode, icp = CAST(:icp AS jsonb),
                    data_sharing_consent = :consent, deleted = :deleted, version = :version, updated_at = :updatedAt
                WHERE id = :id AND version < :version"""), tenant)
                .bind("updatedAt", utc(tenant.updatedAt()))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "Tenant " + tenant.id() + " was not at a version below " + tenant.version())));
    }

    /** The columns an insert and an update both write, bound from the tenant's current state. */
    private static DatabaseClient.GenericExecuteSpec bindState(DatabaseClient.GenericExecuteSpec spec, Tenant tenant) {
        return spec
                .bind("id", tenant.id())
                .bind("name", tenant.name())
                .bind("status", tenant.status().name())
                .bind("tier", tenant.tier().name())
                .bind("timeZone", tenant.timeZone().getId())
                .bind("country", tenant.country())
                .bind("mode", tenant.defaultPermissionMode().name())
                .bind("icp", EventJson.write(tenant.icp()))
                .bind("consent", tenant.dataSharingConsent())
                .bind("deleted", tenant.deleted())
                .bind("version", tenant.version());
    }

    private static Tenant tenant(Readable row) {
        return new Tenant(row.get("id", UUID.class), row.get("name", String.class),
                TenantStatus.valueOf(row.get("status", String.class)), Tier.valueOf(row.get("tier", String.class)),
                ZoneId.of(row.get("time_zone", String.class)), row.get("country", String.class).trim(),
                PermissionMode.valueOf(row.get("default_permission_mode", String.class)),
                EventJson.read(row.get("icp", String.class), Icp.class),
                Boolean.TRUE.equals(row.get("data_sharing_consent", Boolean.class)),
                Boolean.TRUE.equals(row.get("deleted", Boolean.class)), row.get("version", Long.class),
                instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Instant instant(Readable row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
