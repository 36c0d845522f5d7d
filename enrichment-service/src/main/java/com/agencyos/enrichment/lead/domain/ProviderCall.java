package com.agencyos.enrichment.lead.domain;

/** One entry of the provider call log: who was asked, at which tier, what came of it, and what it cost. */
public record ProviderCall(String provider, int tier, CallOutcome outcome, long costMicros, boolean cached) {
}
