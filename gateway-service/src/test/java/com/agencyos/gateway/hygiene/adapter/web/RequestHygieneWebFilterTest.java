package com.agencyos.gateway.hygiene.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.gateway.hygiene.domain.RequestIds;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class RequestHygieneWebFilterTest {

    private final RequestHygieneWebFilter filter = new RequestHygieneWebFilter(new RequestIds(() -> "fresh-id"));

    @Test
    void stripsForgedInternalHeadersButKeepsAuthorization() {
        ServerHttpRequest forwarded = run(MockServerHttpRequest.get("/api/v1/tenants/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer token-value")
                .header("X-Tenant-Id", "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002")
                .header("x-user-id", "someone-else")
                .header("X-User-Roles", "platform_admin")
                .header("X-Internal-Caller", "billing")
                .header("Accept", "application/json"));

        HttpHeaders headers = forwarded.getHeaders();
        assertThat(headers.headerNames()).noneMatch(name -> name.equalsIgnoreCase("X-Tenant-Id")
                || name.equalsIgnoreCase("X-User-Id") || name.equalsIgnoreCase("X-User-Roles")
                || name.toLowerCase().startsWith("x-internal-"));
        assertThat(headers.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token-value");
        assertThat(headers.getFirst("Accept")).isEqualTo("application/json");
    }

    @Test
    void forwardsAndAnswersTheClientsSaneRequestId() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/leads").header(RequestIds.HEADER, "client-42"));

        ServerHttpRequest forwarded = run(exchange);
        exchange.getResponse().setComplete().block();

        assertThat(forwarded.getHeaders().get(RequestIds.HEADER)).containsExactly("client-42");
        assertThat(exchange.getResponse().getHeaders().get(RequestIds.HEADER)).containsExactly("client-42");
        assertThat(RequestHygieneWebFilter.requestIdOf(exchange)).isEqualTo("client-42");
    }

    @Test
    void replacesAnUnsafeRequestIdWithAGeneratedOne() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/leads").header(RequestIds.HEADER, "x".repeat(200)));

        ServerHttpRequest forwarded = run(exchange);
        exchange.getResponse().setComplete().block();

        assertThat(forwarded.getHeaders().get(RequestIds.HEADER)).containsExactly("fresh-id");
        assertThat(exchange.getResponse().getHeaders().get(RequestIds.HEADER)).containsExactly("fresh-id");
    }

    @Test
    void answersASingleRequestIdEvenWhenTheDownstreamEchoedOne() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/leads"));

        run(exchange);
        exchange.getResponse().getHeaders().add(RequestIds.HEADER, "downstream-own-id");
        exchange.getResponse().setComplete().block();

        assertThat(exchange.getResponse().getHeaders().get(RequestIds.HEADER)).containsExactly("fresh-id");
    }

    private ServerHttpRequest run(MockServerHttpRequest.BaseBuilder<?> request) {
        return run(MockServerWebExchange.from(request));
    }

    private ServerHttpRequest run(MockServerWebExchange exchange) {
        AtomicReference<ServerWebExchange> seen = new AtomicReference<>();
        WebFilterChain chain = next -> {
            seen.set(next);
            return Mono.empty();
        };
        filter.filter(exchange, chain).block();
        return seen.get().getRequest();
    }
}
