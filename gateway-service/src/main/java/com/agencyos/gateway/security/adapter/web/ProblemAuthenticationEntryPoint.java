package com.agencyos.gateway.security.adapter.web;

import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import com.agencyos.gateway.problem.domain.GatewayProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem+json with the RFC 6750 challenge, so clients know to fetch a new token. */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    public ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean invalidToken = failure instanceof InvalidBearerTokenException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = invalidToken
                ? "The bearer token is invalid, expired or not meant for this API."
                : "This endpoint needs a bearer token.";
        return problems.write(exchange, GatewayProblem.UNAUTHORIZED, detail);
    }
}
