package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadDossier;
import com.agencyos.analytics.lead.domain.LeadView;
import java.util.List;

/** A lead, its 360 sections and the facts about it, in the order they happened. */
public record LeadHistory(LeadView lead, LeadDossier dossier, List<EventFact> timeline) {

    public LeadHistory {
        timeline = List.copyOf(timeline);
    }
}
