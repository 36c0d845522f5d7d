package com.agencyos.gateway.hygiene.adapter.web;

import com.agencyos.gateway.hygiene.domain.InternalHeaders;
import com.agencyos.gateway.hygiene.domain.RequestIds;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs before everything else, security included, so that no later stage (and no downstream service)
 * ever sees an internal header a client forged, and so that every answer, errors included, carries the
 * request id.
 */
public class RequestHygieneWebFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final String REQUEST_ID_ATTRIBUTE = RequestHygieneWebFilter.class.getName() + ".requestId";

    private final RequestIds requestIds;

    public RequestHygieneWebFilter(RequestIds requestIds) {
        this.requestIds = requestIds;
    }

    /** The id of this exchange; falls back to a fresh one for errors raised before this filter ran. */
    public static String requestIdOf(ServerWebExchange exchange) {
        String requestId = exchange.getAttribute(REQUEST_ID_ATTRIBUTE);
        if (requestId == null) {
            requestId = RequestIds.randomUuids().resolve(null);
            exchange.getAttributes().put(REQUEST_ID_ATTRIBUTE, requestId);
        }
        return requestId;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestIds.resolve(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(REQUEST_ID_ATTRIBUTE, requestId);
        ServerHttpRequest sanitized = exchange.getRequest().mutate()
                .headers(headers -> sanitize(headers, requestId))
                .build();
        // Set on commit, not now: a downstream echoing X-Request-Id must not produce a second value.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(sanitized).build());
    }

    static void sanitize(HttpHeaders headers, String requestId) {
        List<String> internal = headers.headerNames().stream().filter(InternalHeaders::isInternal).toList();
        internal.forEach(headers::remove);
        headers.set(RequestIds.HEADER, requestId);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
