package com.agencyos.outreach.channel.adapter.provider;

import java.time.Duration;

/** A provider answered with an error status; 429 and 5xx are worth retrying, after Retry-After when it says so. */
class ProviderHttpException extends RuntimeException {

    private final int status;
    private final transient Duration retryAfter;

    ProviderHttpException(int status, Duration retryAfter, String detail) {
        super("HTTP " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    boolean retryable() {
        return status == 429 || status >= 500;
    }
}
