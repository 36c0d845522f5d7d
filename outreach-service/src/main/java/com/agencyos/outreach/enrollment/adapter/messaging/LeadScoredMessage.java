package com.agencyos.outreach.enrollment.adapter.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The part of {@code agencyos.lead.scored.v1} this service reads. */
record LeadScoredMessage(UUID leadId, UUID tenantId, Double score, String tier, Instant scoredAt,
        List<String> allowedChannels, String email, String firstName, String lastName, String title,
        String companyName, String companyDomain, UUID campaignId) {
}
