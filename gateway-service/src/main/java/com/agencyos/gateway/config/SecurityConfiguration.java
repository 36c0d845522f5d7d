package com.agencyos.gateway.config;

import com.agencyos.gateway.problem.adapter.web.Causes;
import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import com.agencyos.gateway.security.adapter.jwks.JwkSetCache;
import com.agencyos.gateway.security.adapter.jwks.JwksHealthIndicator;
import com.agencyos.gateway.security.adapter.jwks.JwksRefresher;
import com.agencyos.gateway.security.adapter.jwks.SigningKeysUnavailableException;
import com.agencyos.gateway.security.adapter.web.ProblemAccessDeniedHandler;
import com.agencyos.gateway.security.adapter.web.ProblemAuthenticationEntryPoint;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.JWKSecurityContext;
import com.nimbusds.jose.jwk.source.JWKSecurityContextJWKSet;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Who may reach what. Public: webhooks and unsubscribe links (they carry their own signatures or
 * opaque tokens), health, metrics, and the API docs. Everything under {@code /api/} needs a valid token.
 * Everything else is 404, whether or not some handler happens to exist for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/webhooks/**", "/u/**",
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**", "/v3/api-docs/**",
    };

    /**
     * No Spring Security observations: they wrap every security filter in a timer, 2–5 % of a request's CPU in the
     * profiles of docs/performance.md, and measure nothing the HTTP server metrics and traces do not already show.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            ProblemResponses problems) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> { })
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().access((authentication, context) ->
                                Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND))))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    @Bean
    JwkSetCache jwkSetCache(OAuth2ResourceServerProperties resourceServer, GatewayProperties gateway) {
        String jwkSetUri = Objects.requireNonNull(resourceServer.getJwt().getJwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri must be set");
        return new JwkSetCache(WebClient.create(), URI.create(jwkSetUri), gateway.jwt().jwksFetchTimeout(),
                gateway.jwt().jwksOnDemandInterval(), Clock.systemUTC());
    }

    @Bean
    JwksRefresher jwksRefresher(JwkSetCache cache, GatewayProperties gateway) {
        GatewayProperties.Jwt jwt = gateway.jwt();
        return new JwksRefresher(cache, jwt.jwksRefreshInterval(), jwt.jwksMinBackoff(), jwt.jwksMaxBackoff());
    }

    @Bean
    JwksHealthIndicator jwksHealthIndicator(JwkSetCache cache) {
        return new JwksHealthIndicator(cache);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(JwkSetCache cache, OAuth2ResourceServerProperties resourceServer,
            GatewayProperties gateway) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        Set<JWSAlgorithm> algorithms = jwt.getJwsAlgorithms().stream().map(JWSAlgorithm::parse)
                .collect(Collectors.toSet());
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSource(cache::keysFor)
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                        new JWSVerificationKeySelector<JWKSecurityContext>(algorithms,
                                new JWKSecurityContextJWKSet())))
                .build();
        nimbus.setJwtValidator(validator(jwt, gateway.jwt()));
        // Keys we could not fetch are an outage (503), not a bad token (401).
        return token -> nimbus.decode(token).onErrorMap(
                error -> Causes.contains(error, SigningKeysUnavailableException.class),
                error -> new JwtException("Signing keys unavailable", error));
    }

    static OAuth2TokenValidator<Jwt> validator(OAuth2ResourceServerProperties.Jwt jwt, GatewayProperties.Jwt gateway) {
        String issuer = Objects.requireNonNull(jwt.getIssuerUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri must be set");
        List<String> audiences = jwt.getAudiences();
        if (audiences.isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences must not be empty");
        }
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtTypeValidator.jwt(),
                new JwtTimestampValidator(gateway.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && !Collections.disjoint(aud, audiences))));
    }
}
