package com.agencyos.tenant.tenancy.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** The part of {@code agencyos.lead.scored.v1} the lead pool reads. */
record LeadScoredMessage(UUID leadId, UUID tenantId, Instant scoredAt, Boolean firstScore) {
}
