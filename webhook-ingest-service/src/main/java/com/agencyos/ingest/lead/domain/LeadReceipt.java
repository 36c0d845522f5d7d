package com.agencyos.ingest.lead.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A submission accepted for a tenant: the raw body byte for byte as received (the evidence, and what a replay would
 * rebuild from), the lead id minted for it and who vouched for it.
 *
 * @param authenticatedBy {@code secret:<secret id>} for a signed webhook, {@code user:<token subject>} for the API
 */
public record LeadReceipt(UUID leadId, UUID tenantId, LeadSource source, String sourceRef, Instant receivedAt,
        String authenticatedBy, byte[] rawBody, String bodySha256, LeadSubmission submission) {

    public LeadReceipt {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(submission, "submission");
    }

    /** Mints the lead id for a valid submission. */
    public static LeadReceipt accept(UUID tenantId, LeadSource source, LeadSubmission submission, byte[] rawBody,
            String authenticatedBy, Instant receivedAt) {
        if (!submission.violations().isEmpty()) {
            throw new IllegalArgumentException("Invalid submission: " + submission.violations());
        }
        return new LeadReceipt(UUID.randomUUID(), tenantId, source, SourceRef.of(submission.externalId(), rawBody),
                receivedAt, authenticatedBy, rawBody.clone(), SourceRef.sha256(rawBody),
                submission);
    }
}
