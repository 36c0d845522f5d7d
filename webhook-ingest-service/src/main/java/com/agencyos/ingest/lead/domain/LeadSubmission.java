package com.agencyos.ingest.lead.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a sender told us about a lead, trimmed, blanks as null. Only the email is required: everything else is
 * enrichment's job.
 *
 * @param externalId the sender's own id for the submission; when present it is what deduplicates retries
 * @param customFields fields the sender added beyond ours, name → value
 * @param consent what the prospect agreed to on a HubSpot form; null when the source carried none
 * @param hiring whether the company is hiring, when an import or CRM export knew it
 * @param latestFundingDate the company's latest funding round, when known
 * @param employmentStartDate when the prospect started in the current role, when known
 */
public record LeadSubmission(String email, String firstName, String lastName, String title, String phone,
        String linkedinUrl, String country, String companyName, String website, String companyDomain, String industry,
        Integer employeeCount, UUID campaignId, String externalId, Map<String, String> customFields, Consent consent,
        Boolean hiring, LocalDate latestFundingDate, LocalDate employmentStartDate) {

    static final int MAX_EXTERNAL_ID_LENGTH = 255;

    public LeadSubmission {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** A submission from a source that carries no consent: our webhook, the API, an import. */
    public LeadSubmission(String email, String firstName, String lastName, String title, String phone, String linkedinUrl,
            String country, String companyName, String website, String companyDomain, String industry,
            Integer employeeCount, UUID campaignId, String externalId, Map<String, String> customFields) {
        this(email, firstName, lastName, title, phone, linkedinUrl, country, companyName, website, companyDomain, industry,
                employeeCount, campaignId, externalId, customFields, null, null, null, null);
    }

    /** Field name → what is wrong with it; empty when the submission can become a lead. */
    public Map<String, String> violations() {
        Map<String, String> violations = new LinkedHashMap<>();
        if (email == null) {
            violations.put("email", "is required");
        } else if (!EmailAddress.isValid(email)) {
            violations.put("email", "is not a valid email address");
        }
        if (employeeCount != null && employeeCount < 0) {
            violations.put("employeeCount", "must not be negative");
        }
        if (externalId != null && externalId.length() > MAX_EXTERNAL_ID_LENGTH) {
            violations.put("externalId", "must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters");
        } else if (externalId != null && externalId.chars().anyMatch(Character::isISOControl)) {
            violations.put("externalId", "must not contain control characters");
        }
        return violations;
    }
}
