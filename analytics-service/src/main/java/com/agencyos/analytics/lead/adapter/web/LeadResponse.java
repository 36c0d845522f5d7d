package com.agencyos.analytics.lead.adapter.web;

import com.agencyos.analytics.lead.domain.LeadStatus;
import com.agencyos.analytics.lead.domain.LeadView;
import com.agencyos.analytics.lead.domain.Tier;
import java.time.Instant;
import java.util.UUID;

/** A lead as the API shows it. */
public record LeadResponse(UUID leadId, String email, String firstName, String lastName, String title,
        String companyName, String companyDomain, LeadStatus status, Double score, Tier tier, UUID campaignId,
        Instant firstEventAt, Instant lastEventAt, int events) {

    static LeadResponse of(LeadView view) {
        var p = view.profile();
        return new LeadResponse(view.leadId(), p.email(), p.firstName(), p.lastName(), p.title(), p.companyName(),
                p.companyDomain(), view.status(), view.score(), view.tier(), view.campaignId(), view.firstEventAt(),
                view.lastEventAt(), view.events());
    }
}
