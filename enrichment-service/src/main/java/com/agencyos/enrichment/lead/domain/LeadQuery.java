package com.agencyos.enrichment.lead.domain;

/** What a provider is asked about: the person and the company, as normalised. Any field but the email may be null. */
public record LeadQuery(String email, String firstName, String lastName, String title, String companyName,
        String domain, String website, String linkedinUrl) {

    public boolean hasPersonName() {
        return firstName != null && lastName != null;
    }
}
