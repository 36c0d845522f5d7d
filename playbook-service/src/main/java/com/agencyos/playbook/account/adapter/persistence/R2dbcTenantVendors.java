package com.agencyos.playbook.account.adapter.persistence;

import com.agencyos.playbook.account.application.TenantVendors;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTenantVendors implements TenantVendors {

    private final DatabaseClient db;

    R2dbcTenantVendors(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<String> vendorOf(UUID tenantId) {
        return db.sql("SELECT vendor_domain FROM tenant_vendor WHERE tenant_id = :tenantId AND vendor_domain IS NOT NULL")
                .bind("tenantId", tenantId).map(row -> row.get("vendor_domain", String.class)).one();
    }

    @Override
    public Mono<Void> remember(UUID tenantId, String vendorDomain, long version) {
        var spec = db.sql("""
                INSERT INTO tenant_vendor (tenant_id, vendor_domain, version) VALUES (:tenantId, :vendor, :version)
                ON CONFLICT (tenant_id) DO UPDATE SET vendor_domain = EXCLUDED.vendor_domain, version = EXCLUDED.version
                WHERE tenant_vendor.version <= EXCLUDED.version""")
                .bind("tenantId", tenantId)
                .bind("version", version);
        spec = vendorDomain == null ? spec.bindNull("vendor", String.class) : spec.bind("vendor", vendorDomain);
        return spec.fetch().rowsUpdated().then();
    }
}
