package com.agencyos.platform.web;

import com.agencyos.platform.trace.Traceparent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details; shared by the exception handler and the security entry points. */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status, URI type, String title,
            String detail, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        body.putAll(properties);
        String traceparent = exchange.getAttribute(Traceparent.EXCHANGE_ATTRIBUTE);
        if (traceparent != null) {
            body.put("traceId", Traceparent.parse(traceparent).map(Traceparent::traceId).orElse(null));
        }
        return body;
    }

    public static Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
        return write(exchange, problem.status(), problem.type(), problem.title(), problem.detail(), problem.properties());
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, URI type, String title,
            String detail, Map<String, Object> properties) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        byte[] bytes = JSON.writeValueAsString(body(exchange, status, type, title, detail, properties))
                .getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
