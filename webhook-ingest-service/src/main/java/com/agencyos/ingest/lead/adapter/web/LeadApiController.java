package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.lead.application.LeadIntakeService;
import com.agencyos.ingest.lead.domain.LeadSource;
import com.agencyos.ingest.lead.domain.ReceiptSummary;
import com.agencyos.ingest.tenant.application.TenantStateService;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
class LeadApiController {

    private final LeadIntakeService intake;
    private final TenantStateService tenants;
    private final DataSize maxBody;

    LeadApiController(LeadIntakeService intake, TenantStateService tenants, IngestProperties properties) {
        this.intake = intake;
        this.tenants = tenants;
        this.maxBody = properties.maxBodySize();
    }

    /** One lead for the caller's tenant (members and above); the same body as the signed webhook. */
    @PostMapping(path = "/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<LeadAccepted>> submit(Caller caller, ServerHttpRequest request) {
        UUID tenantId = caller.requireWriter().tenantId();
        return RequestBodies.read(request, maxBody)
                .flatMap(body -> tenants.requireAcceptingLeads(tenantId).then(Mono.defer(() -> intake.receive(tenantId,
                        LeadSource.API, LeadSubmissionJson.read(body), body, "user:" + caller.subject()))))
                .map(LeadAccepted::response);
    }

    /** How one of the caller's leads arrived; another tenant's lead is simply not found. */
    @GetMapping("/lead-receipts/{leadId}")
    Mono<ReceiptResponse> receipt(Caller caller, @PathVariable UUID leadId) {
        return intake.find(caller.tenantId(), leadId)
                .map(ReceiptResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Receipt of lead", leadId)));
    }

    record ReceiptResponse(UUID leadId, String source, String sourceRef, Instant receivedAt) {

        static ReceiptResponse of(ReceiptSummary receipt) {
            return new ReceiptResponse(receipt.leadId(), receipt.source().wireName(), receipt.sourceRef(),
                    receipt.receivedAt());
        }
    }
}
