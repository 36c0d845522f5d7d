package com.agencyos.tenant.secret.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import com.agencyos.tenant.secret.application.SecretLimitReachedException;
import com.agencyos.tenant.secret.application.WebhookSecretService;
import com.agencyos.tenant.secret.domain.IssuedSecret;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The signing secrets of the caller's own tenant; owners and admins only, since a secret lets one sign leads in. */
@RestController
@RequestMapping("/api/v1/tenants/me/webhook-secrets")
class WebhookSecretController {

    private final WebhookSecretService secrets;

    WebhookSecretController(WebhookSecretService secrets) {
        this.secrets = secrets;
    }

    /** The only response that ever carries the secret in clear; it must not be cached anywhere. */
    @PostMapping
    Mono<ResponseEntity<IssuedSecretView>> issue(Caller caller) {
        UUID tenantId = admin(caller).tenantId();
        return secrets.issue(tenantId)
                .map(issued -> ResponseEntity.created(URI.create("/api/v1/tenants/me/webhook-secrets/" + issued.secretId()))
                        .cacheControl(CacheControl.noStore())
                        .body(IssuedSecretView.of(issued)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant", tenantId)))
                .onErrorMap(SecretLimitReachedException.class,
                        e -> ApiProblem.conflict("too-many-webhook-secrets", e.getMessage()));
    }

    @GetMapping
    Flux<SecretView> list(Caller caller) {
        return secrets.list(admin(caller).tenantId()).map(s -> new SecretView(s.id(), s.createdAt()));
    }

    @DeleteMapping("/{secretId}")
    Mono<ResponseEntity<Void>> revoke(Caller caller, @PathVariable UUID secretId) {
        return secrets.revoke(admin(caller).tenantId(), secretId)
                .flatMap(revoked -> revoked ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(() -> ApiProblem.notFound("Webhook secret", secretId)));
    }

    private static Caller admin(Caller caller) {
        return caller.requireAnyRole(Caller.OWNER, Caller.ADMIN);
    }

    record IssuedSecretView(UUID secretId, String secret, Instant createdAt) {

        static IssuedSecretView of(IssuedSecret issued) {
            return new IssuedSecretView(issued.secretId(), issued.secret(), issued.createdAt());
        }

        @Override
        public String toString() {
            return "IssuedSecretView[secretId=" + secretId + ", secret=<redacted>]";
        }
    }

    /** What a listing shows: which secrets exist and since when, never their values. */
    record SecretView(UUID secretId, Instant createdAt) {
    }
}
