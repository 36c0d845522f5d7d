package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of an enrolment waiting in the durable schedule until it is due.
 *
 * @param traceparent the W3C trace context of the event that enrolled the lead, so its touches continue that trace
 */
public record ScheduledTouch(UUID id, UUID tenantId, UUID enrollmentId, int step, Instant dueAt, int attempts,
        String traceparent) {
}
