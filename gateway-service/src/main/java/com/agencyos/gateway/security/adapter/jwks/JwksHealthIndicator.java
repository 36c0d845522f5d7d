package com.agencyos.gateway.security.adapter.jwks;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * Reports whether tokens can be verified. UNKNOWN rather than DOWN while no keys are cached: the public
 * routes (webhooks, unsubscribe) still work, so the gateway should stay in rotation.
 */
public class JwksHealthIndicator implements ReactiveHealthIndicator {

    private final JwkSetCache cache;

    public JwksHealthIndicator(JwkSetCache cache) {
        this.cache = cache;
    }

    @Override
    public Mono<Health> health() {
        Health.Builder builder = cache.hasKeys() ? Health.up() : Health.unknown();
        builder.withDetail("jwkSetUri", cache.jwkSetUri().toString());
        cache.lastRefresh().ifPresent(at -> builder.withDetail("lastRefresh", at.toString()));
        return Mono.just(builder.build());
    }
}
