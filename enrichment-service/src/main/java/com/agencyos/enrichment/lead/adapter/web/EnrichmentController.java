package com.agencyos.enrichment.lead.adapter.web;

import com.agencyos.enrichment.lead.application.LeadEnrichmentService;
import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/enrichments")
class EnrichmentController {

    private final LeadEnrichmentService enrichment;

    EnrichmentController(LeadEnrichmentService enrichment) {
        this.enrichment = enrichment;
    }

    /** The enrichment result of one of the caller's leads; another tenant's lead is simply not found. */
    @GetMapping("/{leadId}")
    Mono<EnrichedLead> get(Caller caller, @PathVariable UUID leadId) {
        return enrichment.find(caller.tenantId(), leadId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Enrichment of lead", leadId)));
    }

    /** Where one of the caller's leads stands: pending, running, parked, suppressed, dropped or done, and why. */
    @GetMapping("/{leadId}/state")
    Mono<LeadState> state(Caller caller, @PathVariable UUID leadId) {
        return enrichment.job(caller.tenantId(), leadId)
                .map(job -> new LeadState(leadId, job.state().name(), job.reason(), job.attempts(), job.updatedAt()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Enrichment of lead", leadId)));
    }

    record LeadState(UUID leadId, String state, String reason, int attempts, Instant updatedAt) {
    }
}
