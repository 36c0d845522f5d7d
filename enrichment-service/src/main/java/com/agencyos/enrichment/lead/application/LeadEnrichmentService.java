package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.enrichment.lead.domain.LeadIntake;
import com.agencyos.enrichment.lead.domain.Normalisation;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class LeadEnrichmentService {

    private final EnrichedLeads leads;
    private final EnrichmentPublisher publisher;
    private final Clock clock;

    public LeadEnrichmentService(EnrichedLeads leads, EnrichmentPublisher publisher, Clock clock) {
        this.leads = leads;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Enriches a received lead; the caller's transaction (the inbox's) covers the result and its event. */
    public Mono<Void> enrich(LeadIntake intake) {
        EnrichedLead lead = Normalisation.enrich(intake, clock.instant());
        return leads.save(lead).then(publisher.enriched(lead));
    }

    public Mono<EnrichedLead> find(UUID tenantId, UUID leadId) {
        return leads.find(tenantId, leadId);
    }
}
