package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.application.EventFacts;
import com.agencyos.analytics.lead.domain.LeadPage;
import com.agencyos.analytics.lead.domain.LeadSearch;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
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
        return views.find(tenantId, leadId).flatMap(lead -> {
            String domain = lower(lead.profile().companyDomain());
            List<String> listValues = Stream.of(lower(lead.profile().email()), domain).filter(Objects::nonNull).toList();
            return Mono.zip(facts.timeline(tenantId, leadId).collectList(),
                            facts.playbooksFor(tenantId, leadId, domain).collectList(),
                            facts.suppressionEntries(tenantId, listValues).collectList())
                    .map(found -> new LeadHistory(lead, LeadDossiers.of(found.getT1(), found.getT2(), found.getT3()),
                            found.getT1()));
        });
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
