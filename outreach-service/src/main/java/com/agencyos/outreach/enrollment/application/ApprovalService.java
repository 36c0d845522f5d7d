package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Approval;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The co-pilot queue. A decision makes the waiting step due again at once; the scheduler then runs every just-in-time
 * check again (a reply that came meanwhile still wins) and makes the approved touch, with the person's edits, through
 * the usual draft or send path, or skips a rejected one.
 */
@Service
public class ApprovalService {

    private final Approvals approvals;
    private final ScheduledTouches schedule;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ApprovalService(Approvals approvals, ScheduledTouches schedule, TransactionalOperator tx, Clock clock) {
        this.approvals = approvals;
        this.schedule = schedule;
        this.tx = tx;
        this.clock = clock;
    }

    /** Thrown when the approval was decided already. */
    public static final class AlreadyDecided extends RuntimeException {

        AlreadyDecided(Approval approval) {
            super("Approval " + approval.id() + " is " + approval.status() + " already.");
        }
    }

    public Flux<Approval> pending(UUID tenantId, int limit) {
        return approvals.pending(tenantId, limit);
    }

    /** Approves, with the person's subject and body when given; empty when the tenant has no such approval. */
    public Mono<Approval> approve(UUID tenantId, UUID approvalId, String subject, String body, String by) {
        return decide(tenantId, approvalId, Approval.APPROVED, subject, body, by);
    }

    public Mono<Approval> reject(UUID tenantId, UUID approvalId, String by) {
        return decide(tenantId, approvalId, Approval.REJECTED, null, null, by);
    }

    private Mono<Approval> decide(UUID tenantId, UUID approvalId, String status, String subject, String body, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return tx.transactional(approvals.lock(tenantId, approvalId).flatMap(current -> {
            if (!current.isPending()) {
                return Mono.error(new AlreadyDecided(current));
            }
            String finalSubject = subject == null ? current.subject() : subject;
            String finalBody = body == null ? current.body() : body;
            return approvals.decide(approvalId, status, finalSubject, finalBody, by, now)
                    .then(schedule.dueAgain(current.scheduledTouchId(), now))
                    .thenReturn(new Approval(current.id(), current.tenantId(), current.scheduledTouchId(), current.enrollmentId(),
                            current.leadId(), current.campaignId(), current.step(), current.variant(), current.recipient(),
                            finalSubject, finalBody, status, current.createdAt(), now, by));
        }));
    }
}
