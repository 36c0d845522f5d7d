package com.agencyos.tenant.tenancy.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** The part of {@code agencyos.lead.enriched.v1} the credits ledger reads. */
record LeadEnrichedMessage(UUID leadId, UUID tenantId, Instant enrichedAt, Long totalCostMicros) {
}
