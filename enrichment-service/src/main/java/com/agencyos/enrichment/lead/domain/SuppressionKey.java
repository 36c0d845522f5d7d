package com.agencyos.enrichment.lead.domain;

/** One value a suppression list may hold, normalised as {@code suppression.changed} carries it. */
public record SuppressionKey(Kind kind, String value) {

    public enum Kind {
        email, domain, phone
    }
}
