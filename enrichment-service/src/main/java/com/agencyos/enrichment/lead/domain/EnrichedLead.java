package com.agencyos.enrichment.lead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lead after enrichment: its normalised contact and company, the outcome and how sure we are. */
public record EnrichedLead(UUID leadId, UUID tenantId, UUID campaignId, String email, boolean emailIsRoleAddress,
        boolean emailIsFreeMail, String firstName, String lastName, String title, String phone, String linkedinUrl,
        String country, LocalDate employmentStartDate, String companyName, String companyDomain, String industry,
        Integer employeeCount, Boolean hiring, LocalDate latestFundingDate, EnrichmentStatus status, double confidence,
        Instant enrichedAt) {
}
