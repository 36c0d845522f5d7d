package com.agencyos.platform.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.Optional;

/**
 * Our hand-carried trace context on top of OpenTelemetry spans. With the OpenTelemetry agent attached the
 * API is bridged to the agent's SDK: the spans started here are real, exported spans and their ids are the ones
 * stored in the outbox and put on Kafka records, so the agent's traces and our headers agree. Without the agent
 * the API is a no-op and everything stays as it was: random child span ids, no spans.
 */
public final class TraceSpans {

    private static final String INSTRUMENTATION = "com.agencyos.platform";
    private static volatile TraceSpans global;

    private final Tracer tracer;
    private final boolean active;

    public TraceSpans(Tracer tracer) {
        this.tracer = tracer;
        this.active = makesRealSpans(tracer);
    }

    /** The instance over the global OpenTelemetry, which the agent (when attached) has replaced by its own. */
    public static TraceSpans global() {
        TraceSpans spans = global;
        if (spans == null) {
            spans = new TraceSpans(GlobalOpenTelemetry.getTracer(INSTRUMENTATION));
            global = spans;
        }
        return spans;
    }

    /**
     * A no-op tracer gives back an invalid span for a span without parent; the SDK a valid one. The probe is
     * never ended, and a span that is not ended is never exported.
     */
    private static boolean makesRealSpans(Tracer tracer) {
        return tracer.spanBuilder("agencyos.probe").setNoParent().startSpan().getSpanContext().isValid();
    }

    /** True when spans are real (an SDK, in practice the agent), false with the no-op API. */
    public boolean active() {
        return active;
    }

    /** The current OpenTelemetry span (the agent's server span while a request is handled), if there is one. */
    public static Optional<Traceparent> current() {
        return Traceparent.of(Span.current().getSpanContext());
    }

    /**
     * Starts a span of the given kind under {@code parent} (a traceparent made in another process, or none: a new
     * trace). Without real spans the result carries a random child of the parent, as before, and ending it does
     * nothing.
     */
    public Started start(String name, SpanKind kind, String parent, Map<String, String> attributes) {
        Optional<Traceparent> parsed = Traceparent.parse(parent);
        if (!active) {
            return new Started(Span.getInvalid(), parsed.map(Traceparent::child).orElseGet(Traceparent::newRoot));
        }
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(kind);
        builder = parsed.isPresent()
                ? builder.setParent(Context.root().with(Span.wrap(parsed.get().toSpanContext())))
                : builder.setNoParent();
        attributes.forEach(builder::setAttribute);
        Span span = builder.startSpan();
        return new Started(span, Traceparent.of(span.getSpanContext()).orElseGet(Traceparent::newRoot));
    }

    /**
     * The traceparent to store with an event appended under {@code parent}: the parent itself when it is a real
     * span (the consumer or server span the event comes from, so the relay's publish span is its child), a random
     * child of it otherwise.
     */
    public String forOutbox(String parent) {
        if (!active) {
            return Traceparent.childOf(parent).toString();
        }
        return Traceparent.parse(parent).or(TraceSpans::current).orElseGet(Traceparent::newRoot).toString();
    }

    /** A started span with the traceparent to hand on; {@link #end()} or {@link #fail(Throwable)} it once. */
    public record Started(Span span, Traceparent traceparent) {

        public Scope makeCurrent() {
            return span.makeCurrent();
        }

        public void end() {
            span.end();
        }

        public void fail(Throwable error) {
            span.recordException(error);
            span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
            span.end();
        }
    }
}
