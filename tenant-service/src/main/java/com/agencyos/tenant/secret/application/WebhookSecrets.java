package com.agencyos.tenant.secret.application;

import com.agencyos.tenant.secret.domain.SecretKind;
import com.agencyos.tenant.secret.domain.WebhookSecret;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where webhook secrets are kept, each value sealed at rest. */
public interface WebhookSecrets {

    Mono<Boolean> tenantExists(UUID tenantId);

    /**
     * Moves the tenant's secret set to its next version and locks it until the transaction ends, so changes to
     * one tenant's secrets are applied, and published, one after the other.
     */
    Mono<SecretSet> nextVersion(UUID tenantId, Instant changedAt);

    Mono<Void> insert(WebhookSecret secret, String sealedValue);

    /** The secrets not revoked, oldest first, with their values as sealed at rest. */
    Flux<Stored> active(UUID tenantId);

    /** Revokes one of the tenant's secrets of one of the kinds; emits false when it has no such active secret. */
    Mono<Boolean> revoke(UUID tenantId, UUID secretId, Set<SecretKind> kinds, Instant revokedAt);

    /** Replaces the tenant's HubSpot form filter and moves its set to the next version, locked like {@link #nextVersion}. */
    Mono<SecretSet> replaceAllowedHubspotFormIds(UUID tenantId, List<String> formIds, Instant changedAt);

    /** The tenant's HubSpot form filter; empty when none is set. */
    Mono<List<String>> allowedHubspotFormIds(UUID tenantId);

    record Stored(WebhookSecret secret, String sealedValue) {
    }

    record SecretSet(long version, List<String> allowedHubspotFormIds) {
    }
}
