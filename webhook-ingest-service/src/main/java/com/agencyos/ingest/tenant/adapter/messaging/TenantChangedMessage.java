package com.agencyos.ingest.tenant.adapter.messaging;

import java.util.UUID;

/** The part of {@code agencyos.tenant.changed.v1} intake uses; the rest of the state is ignored. */
public record TenantChangedMessage(UUID tenantId, String status, Boolean deleted, Long version) {
}
