package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What {@code lead.scored} told us about a lead: its score and the fields a first email can honestly use.
 *
 * @param tier the tier's wire name ({@code hot} … {@code dead}); a tier this service does not know is kept as is
 * @param allowedChannels channel wire names scoring allows for this lead
 * @param campaignId the campaign named at intake, or null
 */
public record ScoredLead(UUID leadId, UUID tenantId, String tier, double score, Instant scoredAt,
        Set<String> allowedChannels, String email, String firstName, String lastName, String title,
        String companyName, String companyDomain, UUID campaignId) {

    public ScoredLead {
        allowedChannels = allowedChannels == null ? Set.of() : Set.copyOf(allowedChannels);
    }
}
