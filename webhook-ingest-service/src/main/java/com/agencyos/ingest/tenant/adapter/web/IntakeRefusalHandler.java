package com.agencyos.ingest.tenant.adapter.web;

import com.agencyos.ingest.tenant.application.IntakeThrottledException;
import com.agencyos.ingest.tenant.application.TenantInactiveException;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Renders intake refusals as problems. It runs before the platform's handler (order -2) because a 429 needs a
 * {@code Retry-After} header, which an {@link ApiProblem} cannot carry; anything else is passed on to it.
 */
@Component
@Order(-3)
class IntakeRefusalHandler implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof TenantInactiveException inactive) {
            return ProblemResponses.write(exchange, new ApiProblem(HttpStatus.FORBIDDEN, "tenant-inactive", "Forbidden",
                    "This tenant's account is " + inactive.state() + ", so it accepts no leads; reactivate it to send leads again."));
        }
        if (error instanceof IntakeThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return ProblemResponses.write(exchange, new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "intake-rate-limited",
                    "Too many requests", "This tenant is sending leads faster than its intake limit; retry after " + seconds + " s."));
        }
        return Mono.error(error);
    }
}
