package com.agencyos.tenant.secret.domain;

import java.time.Instant;
import java.util.UUID;

/** A secret just issued, with its value in clear, shown to the caller once. */
public record IssuedSecret(UUID secretId, String secret, Instant createdAt) {

    /** Keeps the value out of any log line or exception message that prints this record. */
    @Override
    public String toString() {
        return "IssuedSecret[secretId=" + secretId + ", secret=<redacted>, createdAt=" + createdAt + "]";
    }
}
