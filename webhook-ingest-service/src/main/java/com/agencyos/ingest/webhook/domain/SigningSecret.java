package com.agencyos.ingest.webhook.domain;

import java.util.Objects;
import java.util.UUID;

/** An opened secret that may sign requests; it lives only as long as one verification. */
public record SigningSecret(UUID secretId, String secret) {

    public SigningSecret {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "SigningSecret[" + secretId + ", redacted]";
    }
}
