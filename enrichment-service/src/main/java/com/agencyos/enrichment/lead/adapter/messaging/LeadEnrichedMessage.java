package com.agencyos.enrichment.lead.adapter.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code agencyos.lead.enriched.v1}, as documented in {@code docs/events/lead.enriched.v1.schema.json}. */
public record LeadEnrichedMessage(UUID leadId, UUID tenantId, UUID campaignId, String status, double confidence,
        Instant enrichedAt, Contact contact, Company company, WebPresence webPresence,
        Map<String, Provenance> provenance, List<ProviderCall> providerCalls, long totalCostMicros) {

    public record Contact(String email, String firstName, String lastName, String title, String phone,
            String linkedinUrl, String country, Boolean emailVerified, boolean emailIsRoleAddress,
            boolean emailIsFreeMail, LocalDate employmentStartDate, boolean bounced) {
    }

    /** {@code linkedinUrl} (the company page found on its website) is an addition to the schema's listed fields. */
    public record Company(String name, String domain, String website, String description, String industry,
            Integer employeeCount, String country, String city, Boolean hiring, LocalDate latestFundingDate,
            List<String> technologies, Boolean websiteReachable, String linkedinUrl) {
    }

    public record WebPresence(Integer domainRank, Double organicTraffic, Integer top10Keywords, Double spamScore) {
    }

    public record Provenance(String provider, double confidence, Instant fetchedAt) {
    }

    public record ProviderCall(String provider, int tier, String outcome, long costMicros, boolean cached) {
    }
}
