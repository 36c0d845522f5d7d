package com.agencyos.enrichment.lead.domain;

import java.time.Instant;

/** A field value with its provenance: who supplied it, how much they trust it, and when they answered. */
public record Sourced(Object value, String provider, double confidence, Instant fetchedAt) {
}
