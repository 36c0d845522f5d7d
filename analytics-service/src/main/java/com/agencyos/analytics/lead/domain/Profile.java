package com.agencyos.analytics.lead.domain;

/** Who the lead is, as far as one event says; any part may be unknown (null). */
public record Profile(String email, String firstName, String lastName, String title, String companyName,
        String companyDomain) {

    public static final Profile UNKNOWN = new Profile(null, null, null, null, null, null);

    /** This profile with the other's known parts taking precedence. */
    Profile overriddenBy(Profile other) {
        return new Profile(first(other.email, email), first(other.firstName, firstName), first(other.lastName, lastName),
                first(other.title, title), first(other.companyName, companyName),
                first(other.companyDomain, companyDomain));
    }

    /** This profile with its unknown parts filled from the other. */
    Profile filledFrom(Profile other) {
        return other.overriddenBy(this);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
