package com.agencyos.analytics.fact.application;

import com.agencyos.analytics.fact.domain.EventFact;
import reactor.core.publisher.Mono;

/**
 * A read model derived from facts. Each new fact is offered to every projection in the transaction that
 * records it; a projection ignores the facts it does not use.
 */
public interface FactProjection {

    Mono<Void> project(EventFact fact);
}
