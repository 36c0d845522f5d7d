package com.agencyos.ingest.webhook.application;

import com.agencyos.ingest.webhook.domain.SecretKind;
import com.agencyos.ingest.webhook.domain.TenantSecret;
import com.agencyos.ingest.webhook.domain.TenantSecrets;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The tenants' current sealed secrets. */
public interface TenantSecretStore {

    /** Stores the set unless one of the same or a higher version is held; true when it was stored. */
    Mono<Boolean> replaceIfNewer(TenantSecrets secrets);

    Mono<Void> forget(UUID tenantId);

    Flux<TenantSecret> secrets(UUID tenantId, SecretKind kind);

    /** The tenant's {@code allowedHubspotFormIds}; empty when the tenant is unknown. */
    Mono<List<String>> allowedHubSpotForms(UUID tenantId);
}
