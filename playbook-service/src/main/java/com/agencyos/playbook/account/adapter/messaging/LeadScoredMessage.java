package com.agencyos.playbook.account.adapter.messaging;

import java.util.UUID;

/** The part of {@code agencyos.lead.scored.v1} this service reads. */
public record LeadScoredMessage(UUID leadId, UUID tenantId, String tier, String title, String companyName,
        String companyDomain, String email, String firstName, String lastName) {
}
