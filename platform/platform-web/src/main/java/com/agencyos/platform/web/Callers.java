package com.agencyos.platform.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** Derives the {@link Caller} from the request's validated JWT. */
public final class Callers {

    public static final String TENANT_CLAIM = "tenant_id";
    public static final String ROLES_CLAIM = "roles";

    private Callers() {
    }

    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> fromJwt(((JwtAuthenticationToken) auth).getToken()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.unauthorized("A valid access token is required.")));
    }

    public static Caller fromJwt(Jwt jwt) {
        return new Caller(jwt.getSubject(), tenant(jwt.getClaimAsString(TENANT_CLAIM)), roles(jwt.getClaim(ROLES_CLAIM)));
    }

    private static Optional<UUID> tenant(String claim) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> roles(Object claim) {
        Set<String> roles = new HashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        } else if (claim instanceof String value) {
            roles.add(value);
        }
        return roles;
    }
}
