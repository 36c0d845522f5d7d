package com.agencyos.enrichment.lead.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * Tier-0 cache keys, versioned so a change of what is cached can start afresh: {@code v1:person:<email>} kept 90
 * days, {@code v1:company:<domain>} (company and web-presence data) kept 30 days.
 */
public record CacheKey(String key, Duration timeToLive) {

    public static final Duration PERSON_TTL = Duration.ofDays(90);
    public static final Duration COMPANY_TTL = Duration.ofDays(30);

    public enum Scope {
        person, company
    }

    /** The key a provider of this scope is cached under for this lead, or null when the lead lacks the identifier. */
    public static CacheKey of(Scope scope, LeadQuery query) {
        return switch (scope) {
            case person -> query.email() == null ? null
                    : new CacheKey("v1:person:" + query.email().toLowerCase(Locale.ROOT), PERSON_TTL);
            case company -> query.domain() == null ? null
                    : new CacheKey("v1:company:" + query.domain().toLowerCase(Locale.ROOT), COMPANY_TTL);
        };
    }
}
