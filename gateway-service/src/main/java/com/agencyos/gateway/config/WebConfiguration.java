package com.agencyos.gateway.config;

import com.agencyos.gateway.bodylimit.adapter.web.RequestSizeLimitWebFilter;
import com.agencyos.gateway.bodylimit.domain.BodySizeLimits;
import com.agencyos.gateway.hygiene.adapter.web.RequestHygieneWebFilter;
import com.agencyos.gateway.hygiene.domain.RequestIds;
import com.agencyos.gateway.problem.adapter.web.DownstreamFallback;
import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    @ConditionalOnProperty(name = "agencyos.web.reuse-port", havingValue = "true")
    PortSharing portSharing() {
        return new PortSharing();
    }

    @Bean
    RequestHygieneWebFilter requestHygieneWebFilter() {
        return new RequestHygieneWebFilter(RequestIds.randomUuids());
    }

    @Bean
    RequestSizeLimitWebFilter requestSizeLimitWebFilter(GatewayProperties gateway, ProblemResponses problems) {
        GatewayProperties.RequestSize size = gateway.requestSize();
        Map<String, Long> perPath = new LinkedHashMap<>();
        size.perPath().forEach((path, max) -> perPath.put(path, max.toBytes()));
        return new RequestSizeLimitWebFilter(new BodySizeLimits(size.defaultMax().toBytes(), perPath), problems);
    }

    /** Reached only by a circuit breaker's forward; a client asking for it directly gets 404 from security. */
    @Bean
    RouterFunction<ServerResponse> downstreamFallbackRoute(DownstreamFallback fallback) {
        return RouterFunctions.route(RequestPredicates.path(DownstreamFallback.PATH), fallback::handle);
    }

    /** Bearer tokens, no cookies: credentials stay off so a wildcard-free origin list is all that matters. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties gateway) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(gateway.cors().origins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key",
                RequestIds.HEADER));
        cors.setExposedHeaders(List.of(RequestIds.HEADER, "Retry-After", "Location", "X-RateLimit-Remaining",
                "X-RateLimit-Burst-Capacity", "X-RateLimit-Replenish-Rate"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
