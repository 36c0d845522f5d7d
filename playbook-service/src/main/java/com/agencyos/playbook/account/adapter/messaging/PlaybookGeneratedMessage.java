package com.agencyos.playbook.account.adapter.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code agencyos.playbook.generated.v1}, as documented in {@code docs/events/playbook.generated.v1.schema.json}. */
public record PlaybookGeneratedMessage(UUID playbookId, UUID tenantId, String vendorDomain, String prospectDomain,
        double confidence, List<String> lowConfidenceReasons, String generator, Instant generatedAt,
        List<UUID> waitingLeadIds, List<Persona> personas) {

    public record Persona(String key, String title, List<String> pains, List<Touch> sequence) {
    }

    public record Touch(int day, String subject, String body) {
    }
}
