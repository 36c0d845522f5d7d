package com.agencyos.outreach.enrollment.adapter.web;

import com.agencyos.outreach.enrollment.application.ApprovalService;
import com.agencyos.outreach.enrollment.domain.Approval;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Co-pilot touches waiting for a person: anyone in the tenant reads; members and up decide. */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalController {

    static final int MAX_LIMIT = 500;

    private final ApprovalService approvals;

    ApprovalController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    Mono<List<ApprovalResponse>> pending(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.invalid("limit must be between 1 and " + MAX_LIMIT + ".", Map.of("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return approvals.pending(caller.tenantId(), limit).map(ApprovalResponse::of).collectList();
    }

    record Edit(String subject, String body) {
    }

    /** The body is optional; a subject or body given replaces the rendered one. */
    @PostMapping("/{approvalId}/approve")
    Mono<ApprovalResponse> approve(Caller caller, @PathVariable UUID approvalId, @RequestBody(required = false) Edit edit) {
        Caller writer = caller.requireWriter();
        Edit given = edit == null ? new Edit(null, null) : edit;
        Map<String, String> errors = new LinkedHashMap<>();
        if (given.subject() != null && Approval.invalidSubject(given.subject()) != null) {
            errors.put("subject", Approval.invalidSubject(given.subject()));
        }
        if (given.body() != null && Approval.invalidBody(given.body()) != null) {
            errors.put("body", Approval.invalidBody(given.body()));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The edited message is not valid.", errors);
        }
        return decided(approvals.approve(writer.tenantId(), approvalId, given.subject(), given.body(), writer.subject()), approvalId);
    }

    @PostMapping("/{approvalId}/reject")
    Mono<ApprovalResponse> reject(Caller caller, @PathVariable UUID approvalId) {
        Caller writer = caller.requireWriter();
        return decided(approvals.reject(writer.tenantId(), approvalId, writer.subject()), approvalId);
    }

    private static Mono<ApprovalResponse> decided(Mono<Approval> decision, UUID approvalId) {
        return decision.map(ApprovalResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Approval", approvalId)))
                .onErrorMap(ApprovalService.AlreadyDecided.class, e -> ApiProblem.conflict("approval-decided", e.getMessage()));
    }

    record ApprovalResponse(UUID id, UUID leadId, UUID campaignId, UUID enrollmentId, int step, String variant, String to, String subject,
            String body, String status, Instant createdAt, Instant decidedAt, String decidedBy) {

        static ApprovalResponse of(Approval a) {
            return new ApprovalResponse(a.id(), a.leadId(), a.campaignId(), a.enrollmentId(), a.step(), a.variant(), a.recipient(),
                    a.subject(), a.body(), a.status(), a.createdAt(), a.decidedAt(), a.decidedBy());
        }
    }
}
