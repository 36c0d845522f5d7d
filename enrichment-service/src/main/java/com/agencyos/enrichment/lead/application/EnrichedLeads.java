package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.EnrichedLead;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where enrichment results are kept. */
public interface EnrichedLeads {

    Mono<Void> save(EnrichedLead lead);

    Mono<EnrichedLead> find(UUID tenantId, UUID leadId);
}
