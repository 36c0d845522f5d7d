package com.agencyos.gateway.problem.adapter.web;

import com.agencyos.gateway.bodylimit.adapter.web.PayloadTooLargeException;
import com.agencyos.gateway.hygiene.adapter.web.RequestHygieneWebFilter;
import com.agencyos.gateway.problem.domain.GatewayProblem;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the gateway into problem+json. Ordered ahead of Boot's
 * error handler so no HTML or Whitelabel JSON ever leaves the gateway.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    public ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return switch (error) {
            case PayloadTooLargeException tooLarge -> problems.write(exchange, GatewayProblem.PAYLOAD_TOO_LARGE,
                    tooLarge.getMessage() + " for this endpoint.");
            case AuthenticationServiceException unavailable -> {
                log.warn("Token could not be verified [requestId={}]: {}", RequestHygieneWebFilter.requestIdOf(exchange),
                        unavailable.getMessage());
                yield problems.write(exchange, GatewayProblem.IDENTITY_PROVIDER_UNAVAILABLE,
                        "The identity provider's signing keys are not available yet; retry shortly.");
            }
            case AccessDeniedException denied -> problems.write(exchange, GatewayProblem.FORBIDDEN,
                    "You are not allowed to perform this request.");
            case ResponseStatusException status -> forStatus(exchange, status);
            default -> unexpected(exchange, error);
        };
    }

    private Mono<Void> forStatus(ServerWebExchange exchange, ResponseStatusException error) {
        HttpStatusCode status = error.getStatusCode();
        GatewayProblem problem = GatewayProblem.forStatus(status.value());
        String detail = switch (status.value()) {
            case 404 -> "No resource at " + exchange.getRequest().getPath().value() + ".";
            case 504 -> "The upstream service did not answer in time.";
            case 503 -> "The upstream service is unavailable; retry shortly.";
            default -> error.getReason() != null ? error.getReason() : reasonOf(status);
        };
        if (status.is5xxServerError() && status.value() != 503 && status.value() != 504) {
            log.error("Gateway error [requestId={}]", RequestHygieneWebFilter.requestIdOf(exchange), error);
        }
        if (problem == null) {
            return problems.write(exchange, status.value(), URI.create("about:blank"), reasonOf(status), detail);
        }
        return problems.write(exchange, problem, detail);
    }

    private Mono<Void> unexpected(ServerWebExchange exchange, Throwable error) {
        if (Causes.contains(error, ConnectException.class)) {
            return problems.write(exchange, GatewayProblem.SERVICE_UNAVAILABLE,
                    "The upstream service is unavailable; retry shortly.");
        }
        if (Causes.contains(error, TimeoutException.class)) {
            return problems.write(exchange, GatewayProblem.GATEWAY_TIMEOUT,
                    "The upstream service did not answer in time.");
        }
        log.error("Unexpected gateway error [requestId={}]", RequestHygieneWebFilter.requestIdOf(exchange), error);
        return problems.write(exchange, GatewayProblem.INTERNAL_ERROR, "The gateway failed to handle the request.");
    }

    private static String reasonOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }
}
