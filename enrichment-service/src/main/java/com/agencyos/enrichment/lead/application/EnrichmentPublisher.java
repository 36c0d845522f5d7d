package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.EnrichedLead;
import reactor.core.publisher.Mono;

/** Announces enrichment results; implementations append to the outbox in the caller's transaction. */
public interface EnrichmentPublisher {

    Mono<Void> enriched(EnrichedLead lead);
}
