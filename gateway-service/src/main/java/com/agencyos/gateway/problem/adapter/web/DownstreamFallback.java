package com.agencyos.gateway.problem.adapter.web;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import com.agencyos.gateway.problem.domain.GatewayProblem;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a failed call. A slow service is a 504, a refused
 * connection or an open circuit a 503; both tell the client to come back later.
 */
@Component
public class DownstreamFallback {

    public static final String PATH = "/fallback/{service}";

    private final ProblemResponses problems;

    public DownstreamFallback(ProblemResponses problems) {
        this.problems = problems;
    }

    public Mono<ServerResponse> handle(ServerRequest request) {
        String service = request.pathVariable("service");
        Throwable failure = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        GatewayProblem problem;
        String detail;
        if (isTimeout(failure)) {
            problem = GatewayProblem.GATEWAY_TIMEOUT;
            detail = "The " + service + " service did not answer in time.";
        } else if (Causes.contains(failure, CallNotPermittedException.class)) {
            problem = GatewayProblem.SERVICE_UNAVAILABLE;
            detail = "The " + service + " service is failing; calls are paused for a short while.";
        } else {
            problem = GatewayProblem.SERVICE_UNAVAILABLE;
            detail = "The " + service + " service is unavailable; retry shortly.";
        }
        ServerResponse.BodyBuilder response = ServerResponse.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Cache-Control", "no-store");
        if (problem == GatewayProblem.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", "5");
        }
        return response.bodyValue(problems.body(request.exchange(), problem, detail));
    }

    private static boolean isTimeout(Throwable failure) {
        if (failure instanceof ResponseStatusException status
                && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return true;
        }
        return Causes.contains(failure, TimeoutException.class);
    }
}
