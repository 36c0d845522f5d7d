package com.agencyos.enrichment.lead.domain;

/** How a provider call ended, as reported in {@code lead.enriched}'s {@code providerCalls[].outcome}. */
public enum CallOutcome {
    /** The provider (or the cache) knew something. */
    hit,
    /** The provider answered but knew nothing about this lead. */
    miss,
    /** The provider failed: 5xx or 429 after retries, a malformed body, a refused or unreachable address. */
    error,
    /** The provider did not answer in time. */
    timeout,
    /** The circuit breaker is open after repeated failures: the provider was not called. */
    circuit_open,
    /** Too many calls to this provider were in flight: the call was not made. */
    rejected,
    /** Not called: not applicable to this lead, or the tenant's daily premium share is used up. */
    skipped;

    /** The provider did its work, so the call is paid for. */
    public boolean charged() {
        return this == hit || this == miss;
    }
}
