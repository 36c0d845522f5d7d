package com.agencyos.enrichment.lead.adapter.messaging;

import com.agencyos.enrichment.lead.domain.TenantState;
import com.agencyos.platform.events.PoisonEventException;
import java.util.UUID;

/** The part of {@code agencyos.tenant.changed.v1} enrichment reads: status, lead pool, country, time zone. */
record TenantChangedMessage(UUID tenantId, String status, Quotas quotas, Integer leadPoolUsed, String timeZone,
        String country, Boolean deleted, Long version) {

    record Quotas(Integer leadPoolPerMonth) {
    }

    TenantState toState() {
        if (tenantId == null || status == null || version == null) {
            throw new PoisonEventException("tenant.changed needs tenantId, status and version");
        }
        int pool = quotas == null || quotas.leadPoolPerMonth() == null ? 0 : quotas.leadPoolPerMonth();
        return new TenantState(tenantId, status, pool, leadPoolUsed == null ? 0 : leadPoolUsed, country, timeZone,
                Boolean.TRUE.equals(deleted), version);
    }
}
