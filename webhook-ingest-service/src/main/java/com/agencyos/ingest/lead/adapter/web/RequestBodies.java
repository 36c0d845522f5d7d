package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/**
 * Reads a request body as raw bytes, up to a cap. Signatures and deduplication hash the bytes exactly as sent,
 * so the body must not go through a decoder first.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static Mono<byte[]> read(ServerHttpRequest request, DataSize cap) {
        long limit = cap.toBytes();
        if (request.getHeaders().getContentLength() > limit) {
            return Mono.error(tooLarge(cap));
        }
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(limit))
                .map(RequestBodies::bytes)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(cap));
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ApiProblem tooLarge(DataSize cap) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "The request body is larger than the " + cap.toKilobytes() + " KiB this endpoint accepts.");
    }
}
