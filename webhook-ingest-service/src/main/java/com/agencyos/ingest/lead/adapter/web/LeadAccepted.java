package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.lead.domain.IntakeOutcome;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to an accepted submission: 202 for a new lead, 200 with the original lead for a retry. */
record LeadAccepted(UUID leadId) {

    static ResponseEntity<LeadAccepted> response(IntakeOutcome outcome) {
        return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(new LeadAccepted(outcome.leadId()));
    }
}
