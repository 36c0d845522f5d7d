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
}
