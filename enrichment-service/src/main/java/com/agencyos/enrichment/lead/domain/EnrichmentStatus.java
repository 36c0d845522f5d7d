package com.agencyos.enrichment.lead.domain;

/** {@code complete} when email, first name, last name and company are all known; {@code failed} without an email. */
public enum EnrichmentStatus {
    complete, partial, failed
}
