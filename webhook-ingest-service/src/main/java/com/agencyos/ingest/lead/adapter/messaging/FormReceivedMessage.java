package com.agencyos.ingest.lead.adapter.messaging;

import com.agencyos.ingest.lead.domain.Consent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** {@code agencyos.form.received.v1}, as documented in {@code docs/events/form.received.v1.schema.json}. */
public record FormReceivedMessage(UUID leadId, UUID tenantId, String source, String sourceRef, Instant receivedAt,
        UUID campaignId, Contact contact, Company company, Map<String, String> customFields, Consent consent) {

    public record Contact(String email, String firstName, String lastName, String title, String phone,
            String linkedinUrl, String country, LocalDate employmentStartDate) {
    }

    public record Company(String name, String domain, String website, String industry, Integer employeeCount,
            Boolean hiring, LocalDate latestFundingDate) {
    }
}
