package com.agencyos.tenant.secret.adapter.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code agencyos.tenant.secrets-changed.v1}, as documented in
 * {@code docs/events/tenant.secrets-changed.v1.schema.json}. {@code sealed} is the only form a secret takes here.
 */
public record SecretsChangedMessage(UUID tenantId, long version, Instant changedAt, List<Secret> secrets,
        List<String> allowedHubspotFormIds) {

    public record Secret(UUID secretId, String kind, String sealed, Instant createdAt, Instant expiresAt) {

        @Override
        public String toString() {
            return "Secret[secretId=" + secretId + ", kind=" + kind + "]";
        }
    }
}
