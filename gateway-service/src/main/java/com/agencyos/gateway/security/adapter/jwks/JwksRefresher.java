package com.agencyos.gateway.security.adapter.jwks;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Warms the key cache at start and refreshes it periodically, retrying with backoff until the issuer
 * answers. Without this the first request after a start while Keycloak is down would fail with a 500
 * instead of the keys simply being there once Keycloak is back.
 */
public class JwksRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JwksRefresher.class);

    private final JwkSetCache cache;
    private final Duration refreshInterval;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private volatile Disposable running;

    public JwksRefresher(JwkSetCache cache, Duration refreshInterval, Duration minBackoff, Duration maxBackoff) {
        this.cache = cache;
        this.refreshInterval = refreshInterval;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public void start() {
        Mono<Void> oneCycle = Mono.defer(cache::refresh)
                .doOnNext(keys -> log.debug("Fetched {} signing keys from {}", keys.getKeys().size(), cache.jwkSetUri()))
                .doOnError(error -> log.warn("Could not fetch signing keys from {}: {}", cache.jwkSetUri(),
                        error.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, minBackoff).maxBackoff(maxBackoff).jitter(0.2))
                .then(Mono.delay(refreshInterval))
                .then();
        running = oneCycle.repeat().subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
