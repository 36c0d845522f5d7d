package com.agencyos.ingest.lead.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a sender told us about a lead, trimmed, blanks as null. Only the email is required: everything else is
 * enrichment's job.
 *
 * @param externalId the sender's own id for the submission; when present it is what deduplicates retries
 * @param customFields fields the sender added beyond ours, name → value
 */
public record LeadSubmission(String email, String firstName, String lastName, String title, String phone,
        String linkedinUrl, String country, String companyName, String website, String companyDomain, String industry,
        Integer employeeCount, UUID campaignId, String externalId, Map<String, String> customFields) {

    static final int MAX_EXTERNAL_ID_LENGTH = 255;

    public LeadSubmission {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
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
        }
        return violations;
    }
}
