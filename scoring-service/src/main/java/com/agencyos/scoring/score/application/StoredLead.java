package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.LeadFacts;
import java.util.UUID;

/**
 * The last facts scoring received for a lead, kept so that a rescore (hard bounce, new weights, a tenant-wide
 * job) needs no other service, with the lead's current score, {@code null} before its first.
 */
public record StoredLead(UUID leadId, UUID tenantId, LeadFacts facts, ScoredLead.LeadSummary summary,
        ScoredLead current) {
}
