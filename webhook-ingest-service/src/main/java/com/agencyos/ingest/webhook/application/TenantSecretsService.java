package com.agencyos.ingest.webhook.application;

import com.agencyos.ingest.caching.application.ShortLivedCache;
import com.agencyos.ingest.webhook.domain.SecretKind;
import com.agencyos.ingest.webhook.domain.SecretsKey;
import com.agencyos.ingest.webhook.domain.SigningSecret;
import com.agencyos.ingest.webhook.domain.TenantSecret;
import com.agencyos.ingest.webhook.domain.TenantSecrets;
import com.agencyos.ingest.webhook.domain.UnreadableSecretException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Keeps the tenants' secrets as tenant-service last published them, and opens them when a request needs them. */
@Service
public class TenantSecretsService {

    private static final Logger log = LoggerFactory.getLogger(TenantSecretsService.class);
    private static final int MAX_HELD = 10_000;

    private final TenantSecretStore store;
    private final SecretsKey key;
    private final ShortLivedCache<HeldSecrets, List<TenantSecret>> held;

    public TenantSecretsService(TenantSecretStore store, SecretsKey key,
            @Value("${agencyos.ingest.tenant-cache-ttl:2s}") Duration cacheTimeToLive) {
        this.store = store;
        this.key = key;
        this.held = new ShortLivedCache<>(cacheTimeToLive, MAX_HELD, System::nanoTime);
    }

    /**
     * Holds the set if it is newer than the one held. Every secret of a known kind must open under our key first:
     * replacing working secrets with ones nobody can use would lock the tenant out silently.
     *
     * @throws UnreadableSecretException naming the secret (never its value) that does not open
     */
    public Mono<Void> changed(TenantSecrets secrets) {
        return Mono.defer(() -> {
            for (TenantSecret secret : secrets.secrets()) {
                if (SecretKind.isKnown(secret.kind())) {
                    try {
                        key.open(secret.sealed());
                    } catch (UnreadableSecretException e) {
                        throw new UnreadableSecretException("Secret " + secret.secretId() + " of tenant "
                                + secrets.tenantId() + ": " + e.getMessage(), e);
                    }
                }
            }
            return store.replaceIfNewer(secrets).flatMap(stored -> forgetHeld(secrets.tenantId()).thenReturn(stored)).doOnNext(stored -> {
                if (stored) {
                    log.info("Tenant {} secrets now at version {} ({} secrets)", secrets.tenantId(), secrets.version(),
                            secrets.secrets().size());
                } else {
                    log.info("Tenant {} secrets version {} ignored: a version at least as new is held",
                            secrets.tenantId(), secrets.version());
                }
            }).then();
        });
    }

    /** The tenant is gone (a tombstone on the compacted topic): nobody signs for it any more. */
    public Mono<Void> removed(UUID tenantId) {
        return store.forget(tenantId).then(forgetHeld(tenantId))
                .doOnSuccess(done -> log.info("Tenant {} secrets forgotten", tenantId));
    }

    /** The tenant's unexpired secrets of the kind, opened. */
    public Mono<List<SigningSecret>> signingSecrets(UUID tenantId, SecretKind kind, Instant now) {
        return held.get(new HeldSecrets(tenantId, kind), what -> store.secrets(what.tenantId(), what.kind()).collectList())
                .flatMapIterable(secrets -> secrets)
                .filter(secret -> secret.activeAt(now))
                .flatMap(secret -> {
                    try {
                        return Mono.just(new SigningSecret(secret.secretId(), key.open(secret.sealed())));
                    } catch (UnreadableSecretException e) {
                        log.warn("Secret {} of tenant {} does not open and is skipped: {}", secret.secretId(), tenantId,
                                e.getMessage());
                        return Mono.empty();
                    }
                })
                .collectList();
    }

    public Mono<List<String>> allowedHubSpotForms(UUID tenantId) {
        return store.allowedHubSpotForms(tenantId).defaultIfEmpty(List.of());
    }

    private Mono<Void> forgetHeld(UUID tenantId) {
        return held.evictNowAndOnCompletion(what -> what.tenantId().equals(tenantId));
    }

    private record HeldSecrets(UUID tenantId, SecretKind kind) {
    }
}
