package com.agencyos.gateway.problem.adapter.web;

import com.agencyos.gateway.hygiene.adapter.web.RequestHygieneWebFilter;
import com.agencyos.gateway.problem.domain.GatewayProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the RFC 9457 problem documents the gateway answers with itself. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem, String detail) {
        return write(exchange, problem.status(), problem.type(), problem.title(), detail);
    }

    public Mono<Void> write(ServerWebExchange exchange, int status, URI type, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(status));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        byte[] body = body(exchange, status, type, title, detail);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    public byte[] body(ServerWebExchange exchange, GatewayProblem problem, String detail) {
        return body(exchange, problem.status(), problem.type(), problem.title(), detail);
    }

    private byte[] body(ServerWebExchange exchange, int status, URI type, String title, String detail) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", type.toString());
        document.put("title", title);
        document.put("status", status);
        document.put("detail", detail);
        document.put("instance", exchange.getRequest().getPath().value());
        document.put("requestId", RequestHygieneWebFilter.requestIdOf(exchange));
        return json.writeValueAsBytes(document);
    }
}
