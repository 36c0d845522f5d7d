package com.agencyos.outreach.playbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account playbook: who to write to at the prospect, and what. */
public record Playbook(UUID playbookId, UUID tenantId, String vendorDomain, String prospectDomain, double confidence,
        String generator, Instant generatedAt, List<UUID> waitingLeadIds, List<Persona> personas) {

    public Playbook {
        waitingLeadIds = waitingLeadIds == null ? List.of() : List.copyOf(waitingLeadIds);
        personas = personas == null ? List.of() : List.copyOf(personas);
    }

    /** A priority persona at the prospect and the sequence written for it. */
    public record Persona(String key, String title, List<String> pains, List<SequenceTouch> sequence) {

        public Persona {
            pains = pains == null ? List.of() : List.copyOf(pains);
            sequence = sequence == null ? List.of() : List.copyOf(sequence);
        }
    }

    /** One touch of a sequence; {@code {{firstName}}}-style merge fields are still in place. */
    public record SequenceTouch(int day, String subject, String body) {
    }
}
