package com.agencyos.tenant.secret.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import com.agencyos.tenant.secret.application.SecretLimitReachedException;
import com.agencyos.tenant.secret.application.WebhookSecretService;
import com.agencyos.tenant.secret.domain.InvalidSecretException;
import com.agencyos.tenant.secret.domain.ProviderSecrets;
import com.agencyos.tenant.secret.domain.WebhookSecret;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The provider credentials of the caller's own tenant (HubSpot app secret, Postmark basic auth, Twilio auth token)
 * and the HubSpot form filter; owners and admins only. A stored value is never returned, not even in the answer
 * that stores it: the tenant already has it, and every copy we hand out is one more to leak.
 */
@RestController
class ProviderSecretController {

    private final WebhookSecretService secrets;

    ProviderSecretController(WebhookSecretService secrets) {
        this.secrets = secrets;
    }

    @PostMapping("/api/v1/tenants/me/provider-secrets")
    Mono<ResponseEntity<ProviderSecretView>> store(Caller caller, @RequestBody StoreRequest request) {
        UUID tenantId = admin(caller).tenantId();
        return Mono.fromCallable(() -> ProviderSecrets.validate(request.kind(), request.value()))
                .flatMap(value -> secrets.store(tenantId, ProviderSecrets.providerKind(request.kind()).orElseThrow(), value))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant", tenantId)))
                .map(stored -> ResponseEntity.created(URI.create("/api/v1/tenants/me/provider-secrets/" + stored.id()))
                        .cacheControl(CacheControl.noStore())
                        .body(ProviderSecretView.of(stored)))
                .onErrorMap(ProviderSecretController::problem);
    }

    @GetMapping("/api/v1/tenants/me/provider-secrets")
    Flux<ProviderSecretView> list(Caller caller) {
        return secrets.listProviderSecrets(admin(caller).tenantId()).map(ProviderSecretView::of);
    }

    @DeleteMapping("/api/v1/tenants/me/provider-secrets/{secretId}")
    Mono<ResponseEntity<Void>> revoke(Caller caller, @PathVariable UUID secretId) {
        return secrets.revokeProviderSecret(admin(caller).tenantId(), secretId)
                .flatMap(revoked -> revoked ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(() -> ApiProblem.notFound("Provider secret", secretId)));
    }

    @GetMapping("/api/v1/tenants/me/hubspot-forms")
    Mono<FormsView> forms(Caller caller) {
        return secrets.allowedHubspotFormIds(admin(caller).tenantId()).map(FormsView::new);
    }

    @PutMapping("/api/v1/tenants/me/hubspot-forms")
    Mono<FormsView> replaceForms(Caller caller, @RequestBody FormsView request) {
        UUID tenantId = admin(caller).tenantId();
        return Mono.fromCallable(() -> ProviderSecrets.formIds(request.formIds()))
                .flatMap(formIds -> secrets.replaceAllowedHubspotFormIds(tenantId, formIds))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant", tenantId)))
                .map(FormsView::new)
                .onErrorMap(ProviderSecretController::problem);
    }

    private static Caller admin(Caller caller) {
        return caller.requireAnyRole(Caller.OWNER, Caller.ADMIN);
    }

    private static Throwable problem(Throwable error) {
        return switch (error) {
            case InvalidSecretException invalid -> ApiProblem.invalid("The request has invalid fields.", invalid.errors());
            case SecretLimitReachedException limit -> ApiProblem.conflict("too-many-provider-secrets", limit.getMessage());
            default -> error;
        };
    }

    record StoreRequest(String kind, String value) {

        @Override
        public String toString() {
            return "StoreRequest[kind=" + kind + ", value=<redacted>]";
        }
    }

    record ProviderSecretView(UUID secretId, String kind, Instant createdAt) {

        static ProviderSecretView of(WebhookSecret secret) {
            return new ProviderSecretView(secret.id(), secret.kind().name(), secret.createdAt());
        }
    }

    /** @param formIds the HubSpot forms whose submissions become leads; empty accepts every form */
    record FormsView(List<String> formIds) {
    }
}
