package com.agencyos.ingest.webhook.adapter.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code agencyos.tenant.secrets-changed.v1}, as documented in {@code docs/events/tenant.secrets-changed.v1.schema.json}. */
public record TenantSecretsChangedMessage(UUID tenantId, Long version, Instant changedAt, List<Secret> secrets,
        List<String> allowedHubspotFormIds) {

    public record Secret(UUID secretId, String kind, String sealed, Instant createdAt, Instant expiresAt) {
    }
}
