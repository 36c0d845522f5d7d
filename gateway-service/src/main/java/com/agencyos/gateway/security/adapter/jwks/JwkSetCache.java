package com.agencyos.gateway.security.adapter.jwks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The issuer's signing keys, fetched ahead of need. Requests only read the cached set; the network is
 * touched on the request path only when a token names a key we do not know (the issuer rotated), and
 * then at most once per {@code onDemandInterval}, so a flood of forged key ids cannot hammer the issuer.
 */
public class JwkSetCache {

    private final WebClient webClient;
    private final URI jwkSetUri;
    private final Duration fetchTimeout;
    private final Duration onDemandInterval;
    private final Clock clock;
    private final AtomicReference<JWKSet> keys = new AtomicReference<>();
    private final AtomicReference<Instant> lastOnDemandFetch = new AtomicReference<>(Instant.EPOCH);
    private volatile Instant lastRefresh;

    public JwkSetCache(WebClient webClient, URI jwkSetUri, Duration fetchTimeout, Duration onDemandInterval,
            Clock clock) {
        this.webClient = webClient;
        this.jwkSetUri = jwkSetUri;
        this.fetchTimeout = fetchTimeout;
        this.onDemandInterval = onDemandInterval;
        this.clock = clock;
    }

    /** Fetches the key set and replaces the cached one; an error leaves the previous set in place. */
    public Mono<JWKSet> refresh() {
        return webClient.get()
                .uri(jwkSetUri)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(fetchTimeout)
                .map(JwkSetCache::parse)
                .doOnNext(set -> {
                    keys.set(set);
                    lastRefresh = clock.instant();
                });
    }

    /** The key source handed to the JWT decoder. */
    public Flux<JWK> keysFor(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        JWKSet cached = keys.get();
        if (cached != null) {
            List<JWK> matching = selector.select(cached);
            if (!matching.isEmpty()) {
                return Flux.fromIterable(matching);
            }
        }
        if (!claimOnDemandFetch()) {
            return cached != null ? Flux.empty() : Flux.error(new SigningKeysUnavailableException(jwkSetUri, null));
        }
        return refresh()
                .onErrorMap(error -> new SigningKeysUnavailableException(jwkSetUri, error))
                .flatMapMany(set -> Flux.fromIterable(selector.select(set)))
                .onErrorResume(SigningKeysUnavailableException.class,
                        error -> cached != null ? Flux.empty() : Flux.error(error));
    }

    public boolean hasKeys() {
        return keys.get() != null;
    }

    public Optional<Instant> lastRefresh() {
        return Optional.ofNullable(lastRefresh);
    }

    public URI jwkSetUri() {
        return jwkSetUri;
    }

    private boolean claimOnDemandFetch() {
        Instant now = clock.instant();
        Instant previous = lastOnDemandFetch.get();
        return Duration.between(previous, now).compareTo(onDemandInterval) >= 0
                && lastOnDemandFetch.compareAndSet(previous, now);
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWK set is not valid JSON Web Keys", e);
        }
    }
}
