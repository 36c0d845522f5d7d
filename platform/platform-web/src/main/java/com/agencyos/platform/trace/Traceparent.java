package com.agencyos.platform.trace;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C trace context {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}). It travels in HTTP
 * headers, in the outbox row and in Kafka record headers, so one trace id follows a lead through every hop
 * even across the outbox, where no thread or reactive context survives.
 */
public record Traceparent(String traceId, String spanId, String flags) {

    /** Key under which the current traceparent sits in the Reactor context. */
    public static final String CONTEXT_KEY = "agencyos.traceparent";
    /** Exchange attribute holding the request's traceparent, for error bodies. */
    public static final String EXCHANGE_ATTRIBUTE = "agencyos.traceparent";
    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public static Traceparent newRoot() {
        return new Traceparent(randomHex(16), randomHex(8), "01");
    }

    public static Optional<Traceparent> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(value.trim());
        if (!m.matches() || m.group(1).equals("0".repeat(32)) || m.group(2).equals("0".repeat(16))) {
            return Optional.empty();
        }
        return Optional.of(new Traceparent(m.group(1), m.group(2), m.group(3)));
    }

    /** Continues the given traceparent with a new span, or starts a new trace when there is none. */
    public static Traceparent childOf(String parent) {
        return parse(parent).map(Traceparent::child).orElseGet(Traceparent::newRoot);
    }

    /** The traceparent of an OpenTelemetry span, when its context is valid. */
    public static Optional<Traceparent> of(SpanContext context) {
        if (context == null || !context.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new Traceparent(context.getTraceId(), context.getSpanId(), context.getTraceFlags().asHex()));
    }

    /** This traceparent as the context of a span made elsewhere (another process), to parent spans of ours. */
    public SpanContext toSpanContext() {
        return SpanContext.createFromRemoteParent(traceId, spanId, TraceFlags.fromHex(flags, 0), TraceState.getDefault());
    }

    public Traceparent child() {
        return new Traceparent(traceId, randomHex(8), flags);
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HEX.formatHex(b);
    }
}
