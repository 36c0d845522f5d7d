package com.agencyos.analytics.fact.application;

import com.agencyos.analytics.fact.domain.EventFact;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The append-only store of facts. */
public interface EventFacts {

    /** Appends the fact; emits false when a fact with the same event id is already there. */
    Mono<Boolean> append(EventFact fact);

    /** One lead's facts within its tenant, oldest first (ties in the order they were recorded). */
    Flux<EventFact> timeline(UUID tenantId, UUID leadId);
}
