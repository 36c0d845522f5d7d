package com.agencyos.tenant.secret.application;

import com.agencyos.tenant.secret.domain.IssuedSecret;
import com.agencyos.tenant.secret.domain.SecretKind;
import com.agencyos.tenant.secret.domain.SecretPolicy;
import com.agencyos.tenant.secret.domain.SecretSealer;
import com.agencyos.tenant.secret.domain.WebhookSecret;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issues and revokes the secrets tenants sign their webhooks with. Each change republishes the tenant's whole
 * active set on {@code tenant.secrets}, sealed, in the same transaction, so webhook-ingest-service can verify
 * signatures without calling this service.
 */
@Service
public class WebhookSecretService {

    private final WebhookSecrets secrets;
    private final SecretEvents events;
    private final SecretSealer sealer;
    private final SecretPolicy policy;
    private final TransactionalOperator tx;
    private final Clock clock;
    private static final Set<SecretKind> PROVIDER_KINDS =
            Set.of(SecretKind.hubspot_app, SecretKind.postmark_basic, SecretKind.twilio_auth);

    private final SecureRandom random = new SecureRandom();

    public WebhookSecretService(WebhookSecrets secrets, SecretEvents events, SecretSealer sealer, SecretPolicy policy,
            TransactionalOperator tx, Clock clock) {
        this.secrets = secrets;
        this.events = events;
        this.sealer = sealer;
        this.policy = policy;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Issues a new {@code X-AgencyOS-Signature} secret; its value is returned here and never again.
     *
     * @return the issued secret, empty when there is no such tenant, or a {@link SecretLimitReachedException}
     */
    public Mono<IssuedSecret> issue(UUID tenantId) {
        return secrets.tenantExists(tenantId).filter(Boolean::booleanValue).flatMap(exists -> {
            // Microseconds, as PostgreSQL keeps them, so the time returned equals the time listed later.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            WebhookSecret secret = new WebhookSecret(UUID.randomUUID(), tenantId, SecretKind.agencyos_webhook, now, null);
            String value = WebhookSecret.newAgencyOsSecretValue(random);
            return secrets.nextVersion(tenantId, now)
                    .flatMap(set -> secrets.active(tenantId).filter(s -> s.secret().kind() == SecretKind.agencyos_webhook).count()
                            .flatMap(active -> policy.allowsAnother(active) ? Mono.just(set)
                                    : Mono.error(new SecretLimitReachedException(policy.maxActive()))))
                    .flatMap(set -> secrets.insert(secret, sealer.seal(value, secret.atRestContext()))
                            .then(publish(tenantId, set, now)))
                    .thenReturn(new IssuedSecret(secret.id(), value, now));
        }).as(tx::transactional);
    }

    public Flux<WebhookSecret> list(UUID tenantId) {
        return secrets.active(tenantId).map(WebhookSecrets.Stored::secret).filter(s -> s.kind() == SecretKind.agencyos_webhook);
    }

    /**
     * Stores a provider credential the tenant hands us (validated by {@code ProviderSecrets}); several of one kind
     * may be active at once so a tenant can rotate without losing webhooks.
     *
     * @return the stored secret without its value, empty when there is no such tenant, or a
     *     {@link SecretLimitReachedException}
     */
    public Mono<WebhookSecret> store(UUID tenantId, SecretKind kind, String value) {
        return secrets.tenantExists(tenantId).filter(Boolean::booleanValue).flatMap(exists -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            WebhookSecret secret = new WebhookSecret(UUID.randomUUID(), tenantId, kind, now, null);
            return secrets.nextVersion(tenantId, now)
                    .flatMap(set -> secrets.active(tenantId).filter(s -> s.secret().kind() == kind).count()
                            .flatMap(active -> policy.allowsAnother(active) ? Mono.just(set)
                                    : Mono.error(new SecretLimitReachedException(policy.maxActive()))))
                    .flatMap(set -> secrets.insert(secret, sealer.seal(value, secret.atRestContext()))
                            .then(publish(tenantId, set, now)))
                    .thenReturn(secret);
        }).as(tx::transactional);
    }

    public Flux<WebhookSecret> listProviderSecrets(UUID tenantId) {
        return secrets.active(tenantId).map(WebhookSecrets.Stored::secret).filter(s -> s.kind() != SecretKind.agencyos_webhook);
    }

    /** @return false when the tenant has no such active provider secret */
    public Mono<Boolean> revokeProviderSecret(UUID tenantId, UUID secretId) {
        return revoke(tenantId, secretId, PROVIDER_KINDS);
    }

    /**
     * Replaces the HubSpot forms whose submissions become leads (empty: every form) and publishes the set.
     *
     * @return the forms now allowed, empty when there is no such tenant
     */
    public Mono<List<String>> replaceAllowedHubspotFormIds(UUID tenantId, List<String> formIds) {
        return secrets.tenantExists(tenantId).filter(Boolean::booleanValue).flatMap(exists -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return secrets.replaceAllowedHubspotFormIds(tenantId, formIds, now)
                    .flatMap(set -> publish(tenantId, set, now).thenReturn(set.allowedHubspotFormIds()));
        }).as(tx::transactional);
    }

    public Mono<List<String>> allowedHubspotFormIds(UUID tenantId) {
        return secrets.allowedHubspotFormIds(tenantId);
    }

    /**
     * Revokes a secret at once; signatures made with it stop verifying once webhook-ingest has the new set.
     *
     * @return false when the tenant has no such active secret
     */
    public Mono<Boolean> revoke(UUID tenantId, UUID secretId) {
        return revoke(tenantId, secretId, Set.of(SecretKind.agencyos_webhook));
    }

    private Mono<Boolean> revoke(UUID tenantId, UUID secretId, Set<SecretKind> kinds) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return secrets.revoke(tenantId, secretId, kinds, now)
                    .flatMap(revoked -> revoked
                            ? secrets.nextVersion(tenantId, now).flatMap(set -> publish(tenantId, set, now)).thenReturn(true)
                            : Mono.just(false));
        }).as(tx::transactional);
    }

    /** Opens each value as sealed at rest and reseals it for transport: no associated data, a fresh nonce. */
    private Mono<Void> publish(UUID tenantId, WebhookSecrets.SecretSet set, Instant now) {
        return secrets.active(tenantId)
                .map(stored -> new SecretEvents.SealedForTransport(stored.secret(),
                        sealer.seal(sealer.open(stored.sealedValue(), stored.secret().atRestContext()))))
                .collectList()
                .flatMap(sealed -> events.changed(tenantId, set.version(), now, sealed, set.allowedHubspotFormIds()));
    }
}
