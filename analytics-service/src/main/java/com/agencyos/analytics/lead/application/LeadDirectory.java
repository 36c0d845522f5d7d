package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.application.EventFacts;
import com.agencyos.analytics.lead.domain.LeadPage;
import com.agencyos.analytics.lead.domain.LeadSearch;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Answers questions about one tenant's leads; another tenant's lead is simply not there. */
@Service
public class LeadDirectory {

    private final LeadViews views;
    private final EventFacts facts;

    public LeadDirectory(LeadViews views, EventFacts facts) {
        this.views = views;
        this.facts = facts;
    }

    public Mono<LeadPage> search(UUID tenantId, LeadSearch search) {
        return views.search(tenantId, search, search.limit() + 1).collectList().map(search::page);
    }

    public Mono<LeadHistory> history(UUID tenantId, UUID leadId) {
        return views.find(tenantId, leadId)
                .flatMap(lead -> facts.timeline(tenantId, leadId).collectList()
                        .map(timeline -> new LeadHistory(lead, timeline)));
    }
}
