package com.agencyos.scoring.score.adapter.messaging;

import com.agencyos.platform.events.PoisonEventException;
import com.agencyos.scoring.score.application.ScoredLead;
import com.agencyos.scoring.score.domain.LeadFacts;
import java.time.LocalDate;
import java.util.UUID;

/** The part of {@code agencyos.lead.enriched.v1} scoring reads. */
record LeadEnrichedMessage(UUID leadId, UUID tenantId, UUID campaignId, Contact contact, Company company,
        WebPresence webPresence) {

    record Contact(String email, String firstName, String lastName, String title, String phone, String linkedinUrl,
            String country, Boolean emailVerified, LocalDate employmentStartDate, Boolean bounced) {
    }

    record Company(String name, String domain, String industry, Integer employeeCount, String country, Boolean hiring,
            LocalDate latestFundingDate, Boolean websiteReachable) {
    }

    record WebPresence(Integer domainRank, Integer organicTraffic, Integer top10Keywords, Integer spamScore) {
    }

    void requireIdentity() {
        if (leadId == null || tenantId == null || contact == null) {
            throw new PoisonEventException("lead.enriched needs leadId, tenantId and contact");
        }
    }

    LeadFacts facts() {
        Company co = company != null ? company : new Company(null, null, null, null, null, null, null, null);
        WebPresence web = webPresence != null ? webPresence : new WebPresence(null, null, null, null);
        return LeadFacts.builder()
                .email(contact.email()).emailVerified(contact.emailVerified()).phone(contact.phone())
                .linkedinUrl(contact.linkedinUrl()).title(contact.title()).industry(co.industry())
                .employeeCount(co.employeeCount()).country(contact.country() != null ? contact.country() : co.country())
                .hiring(co.hiring()).latestFundingDate(co.latestFundingDate())
                .employmentStartDate(contact.employmentStartDate()).bounced(Boolean.TRUE.equals(contact.bounced()))
                .companyDomain(co.domain()).websiteReachable(co.websiteReachable()).domainRank(web.domainRank())
                .organicTraffic(web.organicTraffic()).top10Keywords(web.top10Keywords()).spamScore(web.spamScore())
                .build();
    }

    ScoredLead.LeadSummary summary() {
        Company co = company != null ? company : new Company(null, null, null, null, null, null, null, null);
        return new ScoredLead.LeadSummary(contact.email(), contact.firstName(), contact.lastName(), contact.title(),
                co.name(), co.domain(), contact.country() != null ? contact.country() : co.country(), campaignId);
    }
}
