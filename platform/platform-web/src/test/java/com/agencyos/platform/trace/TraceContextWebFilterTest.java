package com.agencyos.platform.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class TraceContextWebFilterTest {

    static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final TraceContextWebFilter filter = new TraceContextWebFilter();

    @Test
    void withoutAnAgentTheCallersTraceContinuesWithANewSpanAndTheTraceIdIsAnswered() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/webhooks").header("traceparent", CALLER));
        AtomicReference<String> inContext = new AtomicReference<>();

        filter.filter(exchange, e -> Mono.deferContextual(ctx -> {
            inContext.set(ctx.get(Traceparent.CONTEXT_KEY));
            return Mono.<Void>empty();
        })).block();

        assertThat(exchange.getResponse().getHeaders().getFirst("X-Trace-Id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(inContext.get()).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void withAnAgentTheServerSpanItMadeCurrentIsAdopted() {
        try (SdkTracerProvider sdk = SdkTracerProvider.builder().build()) {
            var server = sdk.get("test").spanBuilder("POST /webhooks").startSpan();
            var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/webhooks").header("traceparent", CALLER));
            AtomicReference<String> inContext = new AtomicReference<>();

            try (var scope = server.makeCurrent()) {
                filter.filter(exchange, e -> Mono.deferContextual(ctx -> {
                    inContext.set(ctx.get(Traceparent.CONTEXT_KEY));
                    return Mono.<Void>empty();
                })).block();
            } finally {
                server.end();
            }

            assertThat(exchange.getResponse().getHeaders().getFirst("X-Trace-Id")).isEqualTo(server.getSpanContext().getTraceId());
            assertThat(inContext.get()).isEqualTo(Traceparent.of(server.getSpanContext()).orElseThrow().toString());
        }
    }
}
