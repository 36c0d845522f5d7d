package com.agencyos.platform.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceSpansTest {

    static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final List<SpanData> exported = new CopyOnWriteArrayList<>();
    final SdkTracerProvider sdk = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    })).build();

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void withoutAnAgentNoSpanIsMadeAndTheTraceContinuesWithARandomChildAsBefore() {
        TraceSpans spans = new TraceSpans(OpenTelemetry.noop().getTracer("test"));

        TraceSpans.Started started = spans.start("form.received process", SpanKind.CONSUMER, PARENT, Map.of());
        started.end();

        assertThat(spans.active()).isFalse();
        assertThat(started.traceparent().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(started.traceparent().spanId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(started.traceparent().flags()).isEqualTo("01");
        assertThat(started.span().getSpanContext().isValid()).isFalse();
        assertThat(Traceparent.parse(spans.forOutbox(PARENT)).orElseThrow())
                .satisfies(tp -> assertThat(tp.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736"))
                .satisfies(tp -> assertThat(tp.spanId()).isNotEqualTo("00f067aa0ba902b7"));
    }

    @Test
    void withoutAnAgentAnUnreadableParentStartsANewTrace() {
        TraceSpans spans = new TraceSpans(OpenTelemetry.noop().getTracer("test"));

        Traceparent started = spans.start("x process", SpanKind.CONSUMER, "garbage", Map.of()).traceparent();

        assertThat(started.traceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736").hasSize(32);
    }

    @Test
    void withAnAgentTheStartedSpanIsAChildOfTheRemoteParentAndItsIdsAreTheOnesHandedOn() {
        TraceSpans spans = new TraceSpans(sdk.get("test"));

        TraceSpans.Started started = spans.start("form.received process", SpanKind.CONSUMER, PARENT,
                Map.of("messaging.destination.name", "form.received"));
        started.end();

        assertThat(spans.active()).isTrue();
        assertThat(exported).singleElement().satisfies(span -> {
            assertThat(span.getName()).isEqualTo("form.received process");
            assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(span.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(span.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
            assertThat(span.getSpanId()).isEqualTo(started.traceparent().spanId());
            assertThat(span.getAttributes().asMap().toString()).contains("messaging.destination.name=form.received");
        });
        assertThat(started.traceparent().toString()).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").endsWith("-01");
    }

    @Test
    void withAnAgentAFailedSpanIsExportedWithAnErrorStatus() {
        TraceSpans spans = new TraceSpans(sdk.get("test"));

        spans.start("lead.scored process", SpanKind.CONSUMER, PARENT, Map.of()).fail(new IllegalStateException("boom"));

        assertThat(exported).singleElement().satisfies(span ->
                assertThat(span.getStatus().getStatusCode()).isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR));
    }

    @Test
    void withAnAgentTheOutboxStoresTheRealSpanItRunsUnderUnchanged() {
        TraceSpans spans = new TraceSpans(sdk.get("test"));

        assertThat(spans.forOutbox(PARENT)).isEqualTo(PARENT);
    }

    @Test
    void withAnAgentAnEventAppendedOutsideAnyTraceGetsTheCurrentSpanOrANewTrace() {
        TraceSpans spans = new TraceSpans(sdk.get("test"));
        var span = sdk.get("test").spanBuilder("job").startSpan();

        String stored;
        try (var scope = span.makeCurrent()) {
            stored = spans.forOutbox(null);
        } finally {
            span.end();
        }

        assertThat(stored).isEqualTo(Traceparent.of(span.getSpanContext()).orElseThrow().toString());
        assertThat(Traceparent.parse(spans.forOutbox(null))).isPresent();
    }
}
