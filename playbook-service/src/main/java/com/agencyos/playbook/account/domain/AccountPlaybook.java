package com.agencyos.playbook.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How to sell the vendor's offer into one prospect account.
 *
 * @param titleFamily the family of the job title the personas were chosen for
 * @param confidence how well research supported the playbook, 0 to 1
 * @param lowConfidenceReasons why confidence is low; empty when it is not
 */
public record AccountPlaybook(UUID id, UUID tenantId, String vendorDomain, ProspectDomain prospectDomain,
        String companyName, TitleFamily titleFamily, double confidence, List<String> lowConfidenceReasons,
        Generator generator, Instant generatedAt, List<Persona> personas) {

    public AccountPlaybook {
        lowConfidenceReasons = List.copyOf(lowConfidenceReasons);
        personas = List.copyOf(personas);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Confidence is between 0 and 1, not " + confidence);
        }
        if (personas.isEmpty()) {
            throw new IllegalArgumentException("A playbook has at least one persona");
        }
    }

    public AccountPlaybook forVendor(String vendor) {
        return new AccountPlaybook(id, tenantId, vendor, prospectDomain, companyName, titleFamily, confidence,
                lowConfidenceReasons, generator, generatedAt, personas);
    }

    /** The same playbook, announced with one more reason for its low confidence. */
    public AccountPlaybook withReason(String reason, Instant at) {
        List<String> reasons = new java.util.ArrayList<>(lowConfidenceReasons);
        reasons.add(reason);
        return new AccountPlaybook(id, tenantId, vendorDomain, prospectDomain, companyName, titleFamily, confidence, reasons,
                generator, at, personas);
    }
}
