package com.agencyos.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ProblemWebExceptionHandlerTest {

    /** Stands in for Spring's exception without putting spring-tx on this library's class path. */
    static final class DataAccessResourceFailureException extends RuntimeException {
        DataAccessResourceFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfterNotA500() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/webhooks/leads/x").build());
        Throwable down = new IllegalStateException("Failed to obtain R2DBC Connection",
                new io.r2dbc.spi.R2dbcNonTransientResourceException("connection refused", new ConnectException("refused")));

        new ProblemWebExceptionHandler().handle(exchange, down).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("store-unavailable").contains("nothing was changed");
    }

    @Test
    void anythingElseUnexpectedStaysAnInternalErrorThatRevealsNothing() {
        ApiProblem problem = ProblemWebExceptionHandler.toProblem(new IllegalStateException("SELECT secret FROM t"));

        assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.detail()).doesNotContain("secret");
    }

    @Test
    void aLocalClassNamedLikeSpringsIsNotMistakenForIt() {
        assertThat(ProblemWebExceptionHandler.storeUnavailable(new DataAccessResourceFailureException("x", null))).isFalse();
    }
}
