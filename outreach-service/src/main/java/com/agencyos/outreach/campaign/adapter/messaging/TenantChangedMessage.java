package com.agencyos.outreach.campaign.adapter.messaging;

import java.util.UUID;

/** The part of {@code agencyos.tenant.changed.v1} outreach reads: status, tier, limits and defaults. */
record TenantChangedMessage(UUID tenantId, String status, String tier, Quotas quotas, String timeZone,
        String defaultPermissionMode, Boolean deleted, Long version) {

    record Quotas(Integer maxActiveCampaigns) {
    }
}
