package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.ScheduledTouch;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The durable schedule of due steps, safe to work from several instances at once. */
public interface ScheduledTouches {

    /** Schedules the step unless the enrolment already has it scheduled. */
    Mono<Void> schedule(ScheduledTouch touch, Instant now);

    /**
     * The earliest due step, locked for the surrounding transaction; steps another instance holds are skipped, not
     * waited for ({@code FOR UPDATE SKIP LOCKED}).
     */
    Mono<ScheduledTouch> claimNextDue(Instant now);

    Mono<Void> done(UUID id, UUID touchId, Instant now);

    /** Never to be made; the reason is kept with the step and in the enrolment's history. */
    Mono<Void> skip(ScheduledTouch touch, String reason, Instant now);

    Mono<Void> reschedule(ScheduledTouch touch, Instant dueAt, String reason, Instant now);

    /** After an unexpected error: retried later, given up after {@code maxAttempts} with the error as the reason. */
    Mono<Void> failed(UUID id, String error, Instant retryAt, int maxAttempts, Instant now);

    /** The step's touch is being handed to SMTP: not due any more, not done yet. */
    Mono<Void> sending(UUID id, UUID touchId, Instant now);

    /** A hand-off that failed for sure (nothing was sent): due again at {@code retryAt}, given up after {@code maxAttempts}. */
    Mono<Void> sendFailed(UUID id, String error, Instant retryAt, int maxAttempts, Instant now);

    /**
     * A step left {@code sending} since before {@code before} (the instance crashed between the hand-off and the commit),
     * locked for the surrounding transaction; steps another instance holds are skipped.
     */
    Mono<Interrupted> claimInterrupted(Instant before);

    /** Whether the interrupted step's email left is not known: it is never sent again. */
    Mono<Void> unknown(UUID id, String reason, Instant now);

    /** The step was handed to a person as a task (manual mode): it is theirs now. */
    Mono<Void> handedToPerson(UUID id, UUID taskId, Instant now);

    /** The step handed to a person in the given task and not yet recorded as made, locked. */
    Mono<ScheduledTouch> handedOverIn(UUID tenantId, UUID taskId);

    /** The step waits for a person's approval: not due until it is decided. */
    Mono<Void> awaitApproval(UUID id, Instant now);

    /** A decided approval: the waiting step is due at once. */
    Mono<Void> dueAgain(UUID id, Instant now);

    /** An interrupted send: the step and the touch recorded before the hand-off. */
    record Interrupted(ScheduledTouch due, UUID touchId) {
    }
}
