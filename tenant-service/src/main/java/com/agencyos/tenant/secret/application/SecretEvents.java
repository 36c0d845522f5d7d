package com.agencyos.tenant.secret.application;

import com.agencyos.tenant.secret.domain.WebhookSecret;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Announces a tenant's secret set; implementations append to the outbox in the caller's transaction. */
public interface SecretEvents {

    /** @param secrets every active secret, each sealed for transport (never in clear) */
    Mono<Void> changed(UUID tenantId, long version, Instant changedAt, List<SealedForTransport> secrets,
            List<String> allowedHubspotFormIds);

    record SealedForTransport(WebhookSecret secret, String sealed) {
    }
}
