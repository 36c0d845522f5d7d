package com.agencyos.playbook.account.adapter.messaging;

import java.util.UUID;

/** The part of {@code agencyos.tenant.changed.v1} this service reads: the tenant's own website. */
record TenantChangedMessage(UUID tenantId, Long version, Icp icp) {

    record Icp(String vendorWebsite) {
    }
}
