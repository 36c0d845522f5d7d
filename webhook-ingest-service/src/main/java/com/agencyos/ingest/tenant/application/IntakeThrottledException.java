package com.agencyos.ingest.tenant.application;

import java.time.Duration;

/** The tenant has used up its intake rate on this instance; the caller may try again after {@link #retryAfter()}. */
public class IntakeThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public IntakeThrottledException(Duration retryAfter) {
        super("Intake rate exceeded; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
