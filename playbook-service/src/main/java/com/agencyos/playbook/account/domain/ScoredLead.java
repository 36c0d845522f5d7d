package com.agencyos.playbook.account.domain;

import java.util.Optional;
import java.util.UUID;

/** The part of a scored lead this service needs: who it is, its tier and its account. */
public record ScoredLead(UUID leadId, UUID tenantId, String tier, String title, String companyName,
        String companyDomain, LeadContact contact) {

    static final String DEAD = "dead";

    /** The account whose playbook this lead needs; none for a dead lead or one without a usable company domain. */
    public Optional<ProspectDomain> accountNeedingPlaybook() {
        if (DEAD.equals(tier)) {
            return Optional.empty();
        }
        return ProspectDomain.parse(companyDomain);
    }
}
