package com.agencyos.enrichment.lead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A lead after the waterfall: the merged contact and company, provenance per field, the calls made and their cost. */
public record EnrichedLead(UUID leadId, UUID tenantId, UUID campaignId, String email, boolean emailIsRoleAddress,
        boolean emailIsFreeMail, Boolean emailVerified, String firstName, String lastName, String title, String phone,
        String linkedinUrl, String country, LocalDate employmentStartDate, String companyName, String companyDomain,
        String website, String description, String industry, Integer employeeCount, String companyCountry, String city,
        Boolean hiring, LocalDate latestFundingDate, List<String> technologies, Boolean websiteReachable,
        String companyLinkedinUrl, WebPresence webPresence, EnrichmentStatus status, double confidence,
        Map<String, Provenance> provenance, List<ProviderCall> providerCalls, long totalCostMicros, Instant enrichedAt) {

    public record Provenance(String provider, double confidence, Instant fetchedAt) {
    }

    public record WebPresence(Integer domainRank, Double organicTraffic, Integer top10Keywords, Double spamScore) {
    }

    @SuppressWarnings("unchecked")
    public static EnrichedLead of(NormalisedLead lead, Map<Field, Sourced> merged, List<ProviderCall> calls, Instant now) {
        Values v = new Values(merged);
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        merged.forEach((field, s) -> provenance.put(field.path(), new Provenance(s.provider(), s.confidence(), s.fetchedAt())));
        WebPresence web = v.has(Field.DOMAIN_RANK, Field.ORGANIC_TRAFFIC, Field.TOP10_KEYWORDS, Field.SPAM_SCORE)
                ? new WebPresence((Integer) v.get(Field.DOMAIN_RANK), (Double) v.get(Field.ORGANIC_TRAFFIC),
                        (Integer) v.get(Field.TOP10_KEYWORDS), (Double) v.get(Field.SPAM_SCORE))
                : null;
        List<String> technologies = v.get(Field.TECHNOLOGIES) == null ? List.of() : (List<String>) v.get(Field.TECHNOLOGIES);
        long cost = calls.stream().mapToLong(ProviderCall::costMicros).sum();
        var intake = lead.intake();
        return new EnrichedLead(intake.leadId(), intake.tenantId(), intake.campaignId(), lead.email(),
                lead.emailIsRoleAddress(), lead.emailIsFreeMail(), (Boolean) v.get(Field.EMAIL_VERIFIED),
                v.text(Field.FIRST_NAME), v.text(Field.LAST_NAME), v.text(Field.TITLE), v.text(Field.PHONE),
                v.text(Field.LINKEDIN_URL), v.text(Field.CONTACT_COUNTRY), (LocalDate) v.get(Field.EMPLOYMENT_START_DATE),
                v.text(Field.COMPANY_NAME), v.text(Field.COMPANY_DOMAIN), v.text(Field.WEBSITE), v.text(Field.DESCRIPTION),
                v.text(Field.INDUSTRY), (Integer) v.get(Field.EMPLOYEE_COUNT), v.text(Field.COMPANY_COUNTRY),
                v.text(Field.CITY), (Boolean) v.get(Field.HIRING), (LocalDate) v.get(Field.LATEST_FUNDING_DATE),
                technologies, (Boolean) v.get(Field.WEBSITE_REACHABLE), v.text(Field.COMPANY_LINKEDIN_URL), web,
                Merge.status(merged), Merge.confidence(merged), provenance, List.copyOf(calls), cost, now);
    }

    private record Values(Map<Field, Sourced> merged) {

        Object get(Field field) {
            Sourced s = merged.get(field);
            return s == null ? null : s.value();
        }

        String text(Field field) {
            return (String) get(field);
        }

        boolean has(Field... fields) {
            for (Field field : fields) {
                if (merged.containsKey(field)) {
                    return true;
                }
            }
            return false;
        }
    }
}
