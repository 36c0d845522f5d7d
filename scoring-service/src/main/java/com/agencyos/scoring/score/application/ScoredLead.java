package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.ScoreBreakdown;
import com.agencyos.scoring.score.domain.WeightsSource;
import java.time.Instant;
import java.util.UUID;

/** A lead's current score with what consumers need to act on it without another lookup. */
public record ScoredLead(UUID leadId, UUID tenantId, LeadSummary lead, ScoreBreakdown breakdown,
        WeightsSource weightsSource, boolean firstScore, Instant scoredAt) {

    /** Who the lead is, copied from the enrichment so consumers need no lookup. */
    public record LeadSummary(String email, String firstName, String lastName, String title, String companyName,
            String companyDomain, String country, UUID campaignId) {
    }
}
