package com.agencyos.ingest.webhook.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One of a tenant's webhook secrets, still sealed.
 *
 * @param kind a {@link SecretKind} name, or a kind this service does not know yet
 * @param expiresAt the end of a rotation's overlap; null when the secret does not expire
 */
public record TenantSecret(UUID secretId, String kind, String sealed, Instant createdAt, Instant expiresAt) {

    public TenantSecret {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sealed, "sealed");
    }

    public boolean is(SecretKind wanted) {
        return wanted.name().equals(kind);
    }

    public boolean activeAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "TenantSecret[" + secretId + ", " + kind + "]";
    }
}
