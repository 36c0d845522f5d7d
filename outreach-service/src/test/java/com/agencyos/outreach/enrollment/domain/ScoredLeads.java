package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Scored leads as scoring-service sends them, for tests. */
final class ScoredLeads {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final Instant SCORED_AT = Instant.parse("2026-11-23T22:14:09Z");

    private ScoredLeads() {
    }

    static ScoredLead jo(String tier, double score, Set<String> allowedChannels) {
        return new ScoredLead(UUID.randomUUID(), ACME, tier, score, SCORED_AT, allowedChannels, "jo.bloggs@acme.com.au",
                "Jo", "Bloggs", "Managing Director", "Acme Plumbing Supplies", "acme.com.au", null);
    }

    static ScoredLead aHotLead() {
        return jo("hot", 88, Set.of("email", "linkedin", "voice", "sms", "mail"));
    }

    static ScoredLead aColdLead() {
        return jo("cold", 22, Set.of("email"));
    }

    static ScoredLead aDeadLead() {
        return jo("dead", 12, Set.of());
    }

    static ScoredLead rescored(ScoredLead lead, String tier, double score, Set<String> allowedChannels) {
        return new ScoredLead(lead.leadId(), lead.tenantId(), tier, score, lead.scoredAt().plusSeconds(60),
                allowedChannels, lead.email(), lead.firstName(), lead.lastName(), lead.title(), lead.companyName(),
                lead.companyDomain(), lead.campaignId());
    }

    static ScoredLead named(String firstName, String title, String companyName) {
        return new ScoredLead(UUID.randomUUID(), ACME, "warm", 70, SCORED_AT, Set.of("email"), "someone@example.com",
                firstName, null, title, companyName, null, null);
    }
}
