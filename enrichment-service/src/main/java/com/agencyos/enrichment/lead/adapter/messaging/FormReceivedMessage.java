package com.agencyos.enrichment.lead.adapter.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The part of {@code agencyos.form.received.v1} this service reads. */
public record FormReceivedMessage(UUID leadId, UUID tenantId, String source, String sourceRef, Instant receivedAt,
        UUID campaignId, Contact contact, Company company, Map<String, String> customFields) {

    public record Contact(String email, String firstName, String lastName, String title, String phone,
            String linkedinUrl, String country, LocalDate employmentStartDate) {
    }

    public record Company(String name, String domain, String website, String industry, Integer employeeCount,
            Boolean hiring, LocalDate latestFundingDate) {
    }
}
