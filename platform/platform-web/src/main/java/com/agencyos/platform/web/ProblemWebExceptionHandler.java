package com.agencyos.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Renders every error that leaves a service as RFC 9457 problem details. Client mistakes are 4xx with a
 * stable type; a database that cannot be reached is a 503 with {@code Retry-After} (nothing was done, the caller
 * may retry: the gateway does for webhooks); anything else unexpected is a 500 whose detail says nothing about
 * internals (the log has it).
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    /**
     * Errors that mean "the store is not there right now", by class name so this library needs neither Spring's
     * data access nor R2DBC on its class path: the cause chain and each cause's superclasses are compared.
     */
    private static final Set<String> STORE_UNAVAILABLE = Set.of(
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessResourceException",
            "org.springframework.dao.QueryTimeoutException",
            "io.r2dbc.spi.R2dbcNonTransientResourceException",
            "io.r2dbc.spi.R2dbcTransientResourceException",
            "io.r2dbc.spi.R2dbcTimeoutException");

    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ApiProblem problem = toProblem(error);
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE
                && exchange.getResponse().getHeaders().getFirst("Retry-After") == null) {
            exchange.getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        }
        return ProblemResponses.write(exchange, problem);
    }

    static ApiProblem toProblem(Throwable error) {
        if (error instanceof ApiProblem problem) {
            return problem;
        }
        if (causedBy(error, DataBufferLimitException.class)) {
            return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                    "The request body is larger than this endpoint accepts.");
        }
        if (error instanceof WebExchangeBindException bind) {
            Map<String, String> errors = new LinkedHashMap<>();
            bind.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
            bind.getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
            return ApiProblem.invalid("The request has invalid fields.", errors);
        }
        if (error instanceof ServerWebInputException input) {
            return ApiProblem.badRequest("malformed-request", inputDetail(input));
        }
        if (error instanceof AuthenticationException) {
            return ApiProblem.unauthorized("A valid access token is required.");
        }
        if (error instanceof AccessDeniedException) {
            return ApiProblem.forbidden("You may not do this.");
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status.getStatusCode(), status.getReason());
        }
        if (storeUnavailable(error)) {
            log.warn("Store unavailable: {}", error.toString());
            return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Service unavailable",
                    "A store this service needs cannot be reached right now; nothing was changed. Retry shortly.");
        }
        log.error("Unexpected error", error);
        return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; the error has been logged.");
    }

    private static ApiProblem fromStatus(HttpStatusCode code, String reason) {
        HttpStatus status = HttpStatus.resolve(code.value());
        String title = status != null ? status.getReasonPhrase() : "Error";
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String detail = reason != null ? reason : title + ".";
        return new ApiProblem(status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR, slug, title, detail);
    }

    private static String inputDetail(ServerWebInputException input) {
        Throwable cause = input.getCause();
        if (cause instanceof DecodingException decoding) {
            Throwable root = decoding.getMostSpecificCause();
            String message = root.getMessage() == null ? "" : root.getMessage();
            int cut = message.indexOf('\n');
            return "The request body could not be read: " + (cut > 0 ? message.substring(0, cut) : message);
        }
        return input.getReason() != null ? input.getReason() : "The request could not be read.";
    }

    static boolean storeUnavailable(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (STORE_UNAVAILABLE.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

}
