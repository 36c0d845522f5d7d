package com.agencyos.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TraceSinkMainTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final long T0 = Instant.parse("2026-11-22T07:00:00Z").getEpochSecond() * 1_000_000_000L;

    final HttpClient http = HttpClient.newHttpClient();
    final TraceStore store = new TraceStore(100);
    HttpServer server;
    String base;

    @BeforeEach
    void start() throws Exception {
        server = TraceSinkMain.start(0, store);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void exportedSpansAreAnsweredPerTraceWithServiceKindParentAndAttributes() throws Exception {
        HttpResponse<byte[]> export = post(request("webhook-ingest-service",
                span("00f067aa0ba902b7", "", "POST /webhooks/leads/{tenantId}", Span.SpanKind.SPAN_KIND_SERVER, 0, 40),
                span("1111111111111111", "00f067aa0ba902b7", "form.received publish", Span.SpanKind.SPAN_KIND_PRODUCER, 50, 5))
                .toByteArray(), "application/x-protobuf", false);
        post(request("enrichment-service",
                span("2222222222222222", "1111111111111111", "form.received process", Span.SpanKind.SPAN_KIND_CONSUMER, 60, 30))
                .toByteArray(), "application/x-protobuf", true);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/x-protobuf");
        HttpResponse<String> trace = get("/traces/" + TRACE);
        assertThat(trace.statusCode()).isEqualTo(200);
        JsonNode spans = JSON.readTree(trace.body());
        assertThat(spans).hasSize(3);
        JsonNode consumer = spans.get(2);
        assertThat(consumer.get("service.name").asString()).isEqualTo("enrichment-service");
        assertThat(consumer.get("name").asString()).isEqualTo("form.received process");
        assertThat(consumer.get("kind").asString()).isEqualTo("CONSUMER");
        assertThat(consumer.get("spanId").asString()).isEqualTo("2222222222222222");
        assertThat(consumer.get("parentSpanId").asString()).isEqualTo("1111111111111111");
        assertThat(consumer.get("start").asString()).isEqualTo("2026-11-22T07:00:00.060Z");
        assertThat(consumer.get("durationMicros").asLong()).isEqualTo(30_000);
        assertThat(consumer.get("attributes").get("messaging.destination.name").asString()).isEqualTo("topic");
        assertThat(consumer.get("attributes").get("retries").asString()).isEqualTo("2");
        assertThat(spans.get(0).get("parentSpanId").asString()).isEmpty();
    }

    @Test
    void theLatestTracesOfRequestsAndEventsAreListedNewestFirstAndFilteredByServiceWithoutLoneQueries() throws Exception {
        post(request("webhook-ingest-service", span("00f067aa0ba902b7", "", "POST /webhooks", Span.SpanKind.SPAN_KIND_SERVER, 0, 40))
                .toByteArray(), "application/x-protobuf", false);
        String other = "0af7651916cd43dd8448eb211c80319c";
        post(ExportTraceServiceRequest.newBuilder().addResourceSpans(resourceSpans("tenant-service",
                span("3333333333333333", "", "GET /tenants/me", Span.SpanKind.SPAN_KIND_SERVER, 100, 10).toBuilder()
                        .setTraceId(bytes(other)).build())).build().toByteArray(), "application/x-protobuf", false);

        String polling = "5b8efff798038103d269b633813fc60c";
        post(ExportTraceServiceRequest.newBuilder().addResourceSpans(resourceSpans("scoring-service",
                span("4444444444444444", "", "SELECT scoring.outbox_event", Span.SpanKind.SPAN_KIND_CLIENT, 200, 1).toBuilder()
                        .setTraceId(bytes(polling)).build())).build().toByteArray(), "application/x-protobuf", false);

        JsonNode all = JSON.readTree(get("/traces").body());
        JsonNode ingest = JSON.readTree(get("/traces?service=webhook-ingest-service&limit=5").body());
        JsonNode one = JSON.readTree(get("/traces?limit=1").body());

        assertThat(all).extracting(t -> t.get("traceId").asString()).containsExactly(other, TRACE);
        assertThat(all.get(1).get("root").asString()).isEqualTo("webhook-ingest-service: POST /webhooks");
        assertThat(ingest).extracting(t -> t.get("traceId").asString()).containsExactly(TRACE);
        assertThat(one).hasSize(1);
    }

    @Test
    void badExportsGetA4xxAndStoreNothing() throws Exception {
        assertThat(post("not protobuf at all".getBytes(), "application/x-protobuf", false).statusCode()).isEqualTo(400);
        assertThat(post("{}".getBytes(), "application/json", false).statusCode()).isEqualTo(415);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/v1/traces")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        assertThat(store.size()).isZero();
    }

    @Test
    void anUnknownTraceIsNotFoundAndAMalformedIdIsABadRequest() throws Exception {
        assertThat(get("/traces/" + TRACE).statusCode()).isEqualTo(404);
        assertThat(get("/traces/not-a-trace-id").statusCode()).isEqualTo(400);
    }

    @Test
    void beyondItsCapacityTheStoreForgetsTheOldestSpans() {
        TraceStore small = new TraceStore(2);
        small.add(TraceSinkMain.decode(request("a", span("1111111111111111", "", "first", Span.SpanKind.SPAN_KIND_SERVER, 0, 1),
                span("2222222222222222", "", "second", Span.SpanKind.SPAN_KIND_SERVER, 1, 1),
                span("3333333333333333", "", "third", Span.SpanKind.SPAN_KIND_SERVER, 2, 1))));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.trace(TRACE)).extracting(TraceStore.StoredSpan::name).containsExactly("second", "third");
    }

    @Test
    void deletingForgetsEveryTrace() throws Exception {
        post(request("a", span("1111111111111111", "", "x", Span.SpanKind.SPAN_KIND_SERVER, 0, 1)).toByteArray(),
                "application/x-protobuf", false);

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(base + "/traces")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get("/traces/" + TRACE).statusCode()).isEqualTo(404);
    }

    private static ExportTraceServiceRequest request(String service, Span... spans) {
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(resourceSpans(service, spans)).build();
    }

    private static ResourceSpans resourceSpans(String service, Span... spans) {
        return ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                        .setValue(AnyValue.newBuilder().setStringValue(service))))
                .addScopeSpans(ScopeSpans.newBuilder().addAllSpans(List.of(spans)))
                .build();
    }

    private static Span span(String id, String parent, String name, Span.SpanKind kind, long startMillis, long millis) {
        return Span.newBuilder().setTraceId(bytes(TRACE)).setSpanId(bytes(id)).setParentSpanId(bytes(parent)).setName(name)
                .setKind(kind)
                .setStartTimeUnixNano(T0 + startMillis * 1_000_000).setEndTimeUnixNano(T0 + (startMillis + millis) * 1_000_000)
                .addAttributes(KeyValue.newBuilder().setKey("messaging.destination.name").setValue(AnyValue.newBuilder().setStringValue("topic")))
                .addAttributes(KeyValue.newBuilder().setKey("retries").setValue(AnyValue.newBuilder().setIntValue(2)))
                .build();
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    private HttpResponse<byte[]> post(byte[] body, String type, boolean gzip) throws Exception {
        byte[] sent = body;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/v1/traces")).header("Content-Type", type)
                .timeout(Duration.ofSeconds(10));
        if (gzip) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            }
            sent = out.toByteArray();
            builder.header("Content-Encoding", "gzip");
        }
        return http.send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(sent)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
