package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Approval;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The co-pilot approval queue. Every read is scoped to a tenant, except the scheduler's own lookup by step. */
public interface Approvals {

    /** Opens the approval unless its step already has one. */
    Mono<Void> open(Approval approval);

    Mono<Approval> ofScheduledTouch(UUID scheduledTouchId);

    /** Pending approvals of active enrolments, oldest first. */
    Flux<Approval> pending(UUID tenantId, int limit);

    /** The approval, locked until the surrounding transaction ends. */
    Mono<Approval> lock(UUID tenantId, UUID approvalId);

    Mono<Void> decide(UUID approvalId, String status, String subject, String body, String by, Instant at);
}
