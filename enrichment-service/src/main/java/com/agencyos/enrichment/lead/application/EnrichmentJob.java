package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.LeadIntake;
import java.time.Instant;

/**
 * A received lead on its way through enrichment; {@code traceparent} is the W3C trace context of the
 * {@code form.received} that brought it, so {@code lead.enriched} continues that trace.
 */
public record EnrichmentJob(LeadIntake intake, JobState state, String reason, int attempts, Instant updatedAt,
        String traceparent) {
}
