package com.agencyos.platform.trace;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Continues the caller's trace (or starts one) for each request and makes it available to the outbox through
 * the Reactor context; answers the trace id in {@code X-Trace-Id} so a client can quote it. With the
 * OpenTelemetry agent attached the agent's server span is current here: its ids are adopted, so the trace id a
 * client quotes is the one the trace backend knows.
 */
public class TraceContextWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Traceparent traceparent = TraceSpans.current()
                .orElseGet(() -> Traceparent.childOf(exchange.getRequest().getHeaders().getFirst(Traceparent.HEADER)));
        String value = traceparent.toString();
        exchange.getAttributes().put(Traceparent.EXCHANGE_ATTRIBUTE, value);
        exchange.getResponse().getHeaders().set("X-Trace-Id", traceparent.traceId());
        return chain.filter(exchange).contextWrite(ctx -> ctx.put(Traceparent.CONTEXT_KEY, value));
    }
}
