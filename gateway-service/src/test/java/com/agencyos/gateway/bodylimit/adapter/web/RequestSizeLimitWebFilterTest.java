package com.agencyos.gateway.bodylimit.adapter.web;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class RequestSizeLimitWebFilterTest {

    @Test
    void streamsABodyWithinTheCapUnchanged() {
        StepVerifier.create(RequestSizeLimitWebFilter.capped(chunks("12345", "67890"), 10))
                .expectNextCount(2)
                .verifyComplete();
    }

    @Test
    void cutsOffAStreamedBodyAsSoonAsItPassesTheCap() {
        StepVerifier.create(RequestSizeLimitWebFilter.capped(chunks("12345", "67890", "1"), 10))
                .expectNextCount(2)
                .expectError(PayloadTooLargeException.class)
                .verify();
    }

    private static Flux<DataBuffer> chunks(String... parts) {
        return Flux.fromArray(parts)
                .map(part -> DefaultDataBufferFactory.sharedInstance.wrap(part.getBytes(StandardCharsets.UTF_8)));
    }
}
