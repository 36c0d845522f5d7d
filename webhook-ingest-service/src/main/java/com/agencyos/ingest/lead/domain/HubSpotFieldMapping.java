package com.agencyos.ingest.lead.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which HubSpot property fills which lead field, per tenant. HubSpot's standard contact properties are mapped out of
 * the box; a tenant adds or overrides entries for its own properties (a portal may call the company size
 * {@code company_size} instead of {@code numemployees}). Properties left unmapped travel on as custom fields, so
 * nothing a prospect typed is lost. HubSpot property names are case-insensitive here, as they are in HubSpot.
 *
 * @param overrides the tenant's own entries, HubSpot property (lower case) → lead field
 */
public record HubSpotFieldMapping(Map<String, String> overrides) {

    /** The lead fields a HubSpot property may fill. */
    public static final Set<String> TARGETS = Set.of("email", "firstName", "lastName", "title", "phone", "linkedinUrl",
            "country", "companyName", "website", "companyDomain", "industry", "employeeCount", "campaignId");

    static final int MAX_ENTRIES = 200;
    static final int MAX_NAME_LENGTH = 100;

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("firstname", "firstName"), Map.entry("lastname", "lastName"),
            Map.entry("jobtitle", "title"), Map.entry("phone", "phone"), Map.entry("mobilephone", "phone"),
            Map.entry("hs_linkedin_url", "linkedinUrl"), Map.entry("linkedin_url", "linkedinUrl"),
            Map.entry("country", "country"), Map.entry("company", "companyName"), Map.entry("website", "website"),
            Map.entry("domain", "companyDomain"), Map.entry("industry", "industry"),
            Map.entry("numemployees", "employeeCount"), Map.entry("campaign_id", "campaignId"));

    public HubSpotFieldMapping {
        Map<String, String> normalised = new LinkedHashMap<>();
        overrides.forEach((property, field) -> normalised.put(property.strip().toLowerCase(Locale.ROOT), field));
        overrides = Map.copyOf(normalised);
    }

    public static HubSpotFieldMapping standard() {
        return new HubSpotFieldMapping(Map.of());
    }

    /** What is wrong with a mapping a tenant asks for, keyed by HubSpot property; empty when it can be stored. */
    public static Map<String, String> violations(Map<String, String> requested) {
        Map<String, String> violations = new LinkedHashMap<>();
        if (requested.size() > MAX_ENTRIES) {
            violations.put("fields", "must have at most " + MAX_ENTRIES + " entries");
            return violations;
        }
        requested.forEach((property, field) -> {
            if (property.isBlank() || property.length() > MAX_NAME_LENGTH || property.chars().anyMatch(Character::isISOControl)) {
                violations.put("fields", "property names must be 1 to " + MAX_NAME_LENGTH + " printable characters");
            } else if (field == null || !TARGETS.contains(field)) {
                violations.put("fields." + property, "must be one of " + TARGETS.stream().sorted().toList());
            }
        });
        return violations;
    }

    /** The tenant's entries over the standard ones. */
    public Map<String, String> effective() {
        Map<String, String> effective = new LinkedHashMap<>(DEFAULTS);
        effective.putAll(overrides);
        return effective;
    }

    /**
     * Builds the submission from a form's values, property → value. Two properties mapped to one field: the first
     * non-blank value in the form's order wins. Values the lead fields cannot hold are reported by field name.
     */
    public Mapped apply(Map<String, String> values, String externalId, Consent consent) {
        Map<String, String> effective = effective();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        values.forEach((property, raw) -> {
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                return;
            }
            String field = effective.get(property.toLowerCase(Locale.ROOT));
            if (field == null) {
                custom.putIfAbsent(property, value);
            } else {
                fields.putIfAbsent(field, value);
            }
        });
        Integer employees = null;
        if (fields.containsKey("employeeCount")) {
            try {
                employees = Integer.valueOf(fields.get("employeeCount"));
            } catch (NumberFormatException e) {
                errors.put("employeeCount", "must be a whole number");
            }
        }
        UUID campaign = null;
        if (fields.containsKey("campaignId")) {
            try {
                campaign = UUID.fromString(fields.get("campaignId"));
            } catch (IllegalArgumentException e) {
                errors.put("campaignId", "must be a UUID");
            }
        }
        LeadSubmission submission = new LeadSubmission(fields.get("email"), fields.get("firstName"), fields.get("lastName"),
                fields.get("title"), fields.get("phone"), fields.get("linkedinUrl"), fields.get("country"),
                fields.get("companyName"), fields.get("website"), fields.get("companyDomain"), fields.get("industry"),
                employees, campaign, externalId, custom, consent, null, null, null);
        submission.violations().forEach(errors::putIfAbsent);
        return new Mapped(submission, errors);
    }

    /** The submission and, by lead field, what kept it from being one; a submission with errors is refused. */
    public record Mapped(LeadSubmission submission, Map<String, String> errors) {

        public Mapped {
            errors = Map.copyOf(errors);
        }
    }
}
