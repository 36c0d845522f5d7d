package com.agencyos.analytics.intelligence.application;

import com.agencyos.analytics.intelligence.domain.WeightLearner.Sample;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;

/** The scored leads whose outcome is known, read from the facts. */
public interface LearningData {

    /**
     * A scored lead with a known outcome: it booked a meeting, or its first touch was sent before
     * {@code decidedBefore} without one. Its points are those of its latest scoring before the meeting.
     *
     * @param industry the company's industry from enrichment (else the form), null when unknown
     * @param sharing whether its tenant consents to data sharing (default on)
     */
    record LeadOutcome(UUID tenantId, String industry, boolean sharing, Sample sample) {
    }

    /** Every tenant's leads with a known outcome, or one tenant's when {@code tenantId} is not null. */
    Flux<LeadOutcome> outcomes(UUID tenantId, Instant decidedBefore);
}
