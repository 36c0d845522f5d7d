package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.CacheKey;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import reactor.core.publisher.Mono;

/**
 * A source of the waterfall. Implementations wrap their calls in resilience (circuit breaker, retry, time limit,
 * bulkhead) and never fail the Mono: a failure is an outcome, so the lead always moves on.
 */
public interface EnrichmentProvider {

    String name();

    /** 1 for the providers asked for every lead, 2 for the premium fallback below the confidence threshold. */
    int tier();

    /** Which cache key the answer is kept under. */
    CacheKey.Scope scope();

    /** False when the provider is not configured (no API key): it is then not called and not reported. */
    boolean enabled();

    /** Whether the lead carries what this provider needs (an email, a domain, a name). */
    boolean appliesTo(LeadQuery query);

    Mono<ProviderResult> fetch(LeadQuery query);
}
