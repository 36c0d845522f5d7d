package com.agencyos.enrichment.lead.domain;

/**
 * {@code complete} when email, first name, last name and company are all known; {@code partial} when some are
 * missing but a provider added something; {@code failed} when no provider could add anything.
 */
public enum EnrichmentStatus {
    complete, partial, failed
}
