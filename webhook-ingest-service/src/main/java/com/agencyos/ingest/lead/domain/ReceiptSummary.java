package com.agencyos.ingest.lead.domain;

import java.time.Instant;
import java.util.UUID;

/** What a tenant may see of one of its receipts. */
public record ReceiptSummary(UUID leadId, UUID tenantId, LeadSource source, String sourceRef, Instant receivedAt) {
}
