package com.agencyos.outreach.playbook.adapter.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The part of {@code agencyos.playbook.generated.v1} this service reads. */
record PlaybookGeneratedMessage(UUID playbookId, UUID tenantId, String vendorDomain, String prospectDomain,
        Double confidence, String generator, Instant generatedAt, List<UUID> waitingLeadIds, List<Persona> personas) {

    record Persona(String key, String title, List<String> pains, List<Touch> sequence) {
    }

    record Touch(Integer day, String subject, String body) {
    }
}
