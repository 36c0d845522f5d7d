package com.agencyos.ingest.lead.domain;

import java.util.List;

/**
 * Consent captured with a HubSpot submission ({@code legalConsentOptions}), kept with the lead so later outreach
 * can honour it. Either explicit consent ({@code consentToProcess}, {@code communications}) or a legitimate-interest
 * basis; fields the form did not show are null.
 */
public record Consent(Boolean consentToProcess, String text, List<Communication> communications,
        LegitimateInterest legitimateInterest) {

    public Consent {
        communications = communications == null ? null : List.copyOf(communications);
    }

    /** One subscription-type checkbox the prospect ticked or left unticked. */
    public record Communication(String subscriptionTypeId, boolean value, String text) {
    }

    public record LegitimateInterest(String subscriptionTypeId, boolean value, String legalBasis, String text) {
    }
}
