package com.agencyos.playbook.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a playbook from a scored lead alone, before any web research exists: three default personas chosen by
 * the family of the lead's job title, template sequences, and a low confidence that says why.
 */
public final class SkeletonPlaybookWriter {

    public static final double CONFIDENCE = 0.2;
    public static final String NO_RESEARCH = "skeleton: no web research yet";
    /** The vendor is not known to this service yet; {@code .invalid} is reserved (RFC 2606) so it names no one. */
    public static final String UNKNOWN_VENDOR = "unknown.invalid";

    private SkeletonPlaybookWriter() {
    }

    public static AccountPlaybook write(UUID playbookId, ScoredLead lead, ProspectDomain account, Instant now) {
        TitleFamily family = TitleFamily.of(lead.title());
        List<Persona> personas = DefaultPersona.forFamily(family).stream().map(DefaultPersona::withSequence).toList();
        String companyName = lead.companyName() == null || lead.companyName().isBlank() ? null : lead.companyName().trim();
        return new AccountPlaybook(playbookId, lead.tenantId(), UNKNOWN_VENDOR, account, companyName, family,
                CONFIDENCE, List.of(NO_RESEARCH), Generator.builtin, now, personas);
    }
}
