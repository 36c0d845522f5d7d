package com.agencyos.ingest.lead.domain;

import java.util.UUID;

/** The lead a submission became: a new one, or the one an earlier delivery of the same submission created. */
public record IntakeOutcome(UUID leadId, boolean duplicate) {

    public static IntakeOutcome accepted(UUID leadId) {
        return new IntakeOutcome(leadId, false);
    }

    public static IntakeOutcome duplicateOf(UUID leadId) {
        return new IntakeOutcome(leadId, true);
    }
}
