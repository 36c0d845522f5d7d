package com.agencyos.tenant.tenancy.adapter.web;

import com.agencyos.tenant.tenancy.domain.Icp;
import com.agencyos.tenant.tenancy.domain.Quotas;
import com.agencyos.tenant.tenancy.domain.Tenant;
import com.agencyos.tenant.tenancy.domain.Usage;
import java.time.Instant;
import java.util.UUID;

/** Response bodies of the tenant API. */
final class TenantViews {

    private TenantViews() {
    }

    record TenantView(UUID id, String name, String status, String tier, Quotas quotas, Prices prices, String timeZone,
            String country, String defaultPermissionMode, Icp icp, boolean dataSharingConsent, boolean deleted, long version,
            Instant createdAt, Instant updatedAt) {

        static TenantView of(Tenant t) {
            return new TenantView(t.id(), t.name(), t.status().name(), t.tier().name(), t.quotas(),
                    new Prices(t.tier().foundingMonthlyAud(), t.tier().regularMonthlyAud()),
                    t.timeZone().getId(), t.country(), t.defaultPermissionMode().name(), t.icp(),
                    t.dataSharingConsent(), t.deleted(), t.version(), t.createdAt(), t.updatedAt());
        }
    }

    /** The tier's monthly price in whole AUD: founding customers' and everyone else's. */
    record Prices(int foundingMonthlyAud, int regularMonthlyAud) {
    }

    /** {@code month} is {@code YYYY-MM} in the tenant's time zone. */
    record UsageView(String month, long leadPoolUsed, int leadPoolLimit, long creditsUsedMicros) {

        static UsageView of(Usage u) {
            return new UsageView(u.month().toString(), u.leadPoolUsed(), u.leadPoolLimit(), u.creditsUsedMicros());
        }
    }
}
