package com.agencyos.gateway.ratelimit.domain;

/**
 * A token-bucket quota: the bucket refills at {@code requestsPerSecond} and holds at most {@code burst}
 * tokens, so a quiet client may briefly go faster than its sustained rate.
 */
public record Quota(double requestsPerSecond, int burst) {

    public Quota {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive, was " + requestsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
    }
}
