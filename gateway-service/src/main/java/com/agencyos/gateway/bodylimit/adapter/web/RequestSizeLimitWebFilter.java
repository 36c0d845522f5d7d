package com.agencyos.gateway.bodylimit.adapter.web;

import com.agencyos.gateway.bodylimit.domain.BodySizeLimits;
import com.agencyos.gateway.hygiene.adapter.web.RequestHygieneWebFilter;
import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import com.agencyos.gateway.problem.domain.GatewayProblem;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps request bodies before authentication, so an oversized upload is refused without being read. A
 * declared Content-Length is checked up front; a chunked body is counted as it streams and cut off at
 * the cap.
 */
public class RequestSizeLimitWebFilter implements WebFilter, Ordered {

    private final BodySizeLimits limits;
    private final ProblemResponses problems;

    public RequestSizeLimitWebFilter(BodySizeLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long maxBytes = limits.maxBytesFor(request.getPath().pathWithinApplication().value());
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, GatewayProblem.PAYLOAD_TOO_LARGE,
                    "The request body of " + declared + " bytes exceeds the limit of " + maxBytes
                            + " bytes for this endpoint.");
        }
        ServerHttpRequest capped = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return capped(super.getBody(), maxBytes);
            }
        };
        return chain.filter(exchange.mutate().request(capped).build());
    }

    static Flux<DataBuffer> capped(Flux<DataBuffer> body, long maxBytes) {
        return Flux.defer(() -> {
            AtomicLong seen = new AtomicLong();
            return body.handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new PayloadTooLargeException(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    @Override
    public int getOrder() {
        return RequestHygieneWebFilter.ORDER + 10;
    }
}
