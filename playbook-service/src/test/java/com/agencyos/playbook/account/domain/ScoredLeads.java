package com.agencyos.playbook.account.domain;

import java.util.UUID;

/** Scored leads as the tests talk about them. */
final class ScoredLeads {

    static final UUID ACME_AGENCY = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");

    private ScoredLeads() {
    }

    static ScoredLead aHotLeadFrom(String companyDomain) {
        return aLead("hot", "Managing Director", companyDomain);
    }

    static ScoredLead aLeadTitled(String title) {
        return aLead("warm", title, "acme.com.au");
    }

    static ScoredLead aLead(String tier, String title, String companyDomain) {
        return new ScoredLead(UUID.randomUUID(), ACME_AGENCY, tier, title, "Acme Plumbing Supplies", companyDomain,
                new LeadContact("jo.bloggs@acme.com.au", "Jo", "Bloggs", title, "Acme Plumbing Supplies"));
    }
}
