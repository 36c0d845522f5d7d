package com.agencyos.ingest.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant's complete set of webhook secrets at one version. A set replaces the one held only when its version
 * is higher: {@code tenant.secrets} is compacted and may be replayed, so an older set can arrive late.
 *
 * @param allowedHubspotFormIds HubSpot forms whose submissions become leads; empty means no filter
 */
public record TenantSecrets(UUID tenantId, long version, Instant changedAt, List<TenantSecret> secrets,
        List<String> allowedHubspotFormIds) {

    public TenantSecrets {
        Objects.requireNonNull(tenantId, "tenantId");
        secrets = List.copyOf(secrets);
        allowedHubspotFormIds = List.copyOf(allowedHubspotFormIds);
    }
}
