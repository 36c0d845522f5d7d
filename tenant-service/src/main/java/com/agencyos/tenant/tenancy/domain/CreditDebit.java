package com.agencyos.tenant.tenancy.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A charge to the tenant's credits ledger, e.g. the provider costs of enriching one lead.
 *
 * @param sourceEventId the event that caused it; the ledger holds at most one entry per event
 */
public record CreditDebit(UUID tenantId, long amountMicros, String reason, UUID leadId, String sourceEventId,
        Instant occurredAt) {

    public static final String ENRICHMENT = "enrichment";

    public CreditDebit {
        if (amountMicros <= 0) {
            throw new IllegalArgumentException("A debit must be positive, was " + amountMicros);
        }
    }
}
