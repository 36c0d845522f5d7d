package com.agencyos.enrichment.lead.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What intake knew about a lead when it arrived. */
public record LeadIntake(UUID leadId, UUID tenantId, UUID campaignId, String email, String firstName, String lastName,
        String title, String phone, String linkedinUrl, String country, LocalDate employmentStartDate,
        String companyName, String companyDomain, String website, String industry, Integer employeeCount,
        Boolean hiring, LocalDate latestFundingDate) {
}
