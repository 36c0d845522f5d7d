package com.agencyos.localstack.infra;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OTLP/HTTP trace receiver for the local stack: {@code TraceSinkMain <port> [capacity]}. {@code POST /v1/traces}
 * takes what the OpenTelemetry agent exports (protobuf) and keeps the spans in memory, the oldest dropped beyond the
 * capacity; {@code GET /traces/{traceId}} answers a trace's spans as JSON, {@code GET /traces?service=&limit=} the
 * latest traces, {@code DELETE /traces} forgets them all.
 */
public final class TraceSinkMain {

    static final int DEFAULT_CAPACITY = 50_000;
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private TraceSinkMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.parseInt(args[0]);
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_CAPACITY;
        HttpServer http = start(port, new TraceStore(capacity));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            stopped.countDown();
        }, "traces-stop"));
        System.out.println("trace receiver ready: OTLP/HTTP on http://localhost:" + port + "/v1/traces, spans on /traces");
        stopped.await();
    }

    static HttpServer start(int port, TraceStore store) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.setExecutor(Executors.newFixedThreadPool(2));
        http.createContext("/v1/traces", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("POST")) {
                    json(exchange, 405, Map.of("error", "POST an OTLP ExportTraceServiceRequest"));
                    return;
                }
                String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
                if (!type.startsWith("application/x-protobuf")) {
                    json(exchange, 415, Map.of("error", "only application/x-protobuf (OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf)"));
                    return;
                }
                ExportTraceServiceRequest request;
                try {
                    request = ExportTraceServiceRequest.parseFrom(body(exchange));
                } catch (IOException | IllegalArgumentException e) {
                    json(exchange, 400, Map.of("error", "not an ExportTraceServiceRequest: " + e.getMessage()));
                    return;
                }
                store.add(decode(request));
                byte[] ok = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, ok.length == 0 ? -1 : ok.length);
                if (ok.length > 0) {
                    exchange.getResponseBody().write(ok);
                }
            }
        });
        http.createContext("/traces", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                String method = exchange.getRequestMethod();
                if (path.equals("/traces") || path.equals("/traces/")) {
                    switch (method) {
                        case "GET" -> {
                            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                            int limit = Math.clamp(parseOr(query.get("limit"), 20), 1, 1000);
                            json(exchange, 200, store.latest(query.get("service"), limit).stream().map(TraceSinkMain::describe).toList());
                        }
                        case "DELETE" -> {
                            store.clear();
                            exchange.sendResponseHeaders(204, -1);
                        }
                        default -> json(exchange, 405, Map.of("error", "GET or DELETE"));
                    }
                    return;
                }
                String traceId = path.substring("/traces/".length());
                if (!method.equals("GET")) {
                    json(exchange, 405, Map.of("error", "GET"));
                } else if (!TRACE_ID.matcher(traceId).matches()) {
                    json(exchange, 400, Map.of("error", "a trace id is 32 lower-case hex digits"));
                } else {
                    List<TraceStore.StoredSpan> spans = store.trace(traceId);
                    json(exchange, spans.isEmpty() ? 404 : 200, spans.isEmpty() ? Map.of("error", "no span of trace " + traceId)
                            : spans.stream().map(TraceSinkMain::describe).toList());
                }
            }
        });
        http.start();
        return http;
    }

    static List<TraceStore.StoredSpan> decode(ExportTraceServiceRequest request) {
        List<TraceStore.StoredSpan> spans = new ArrayList<>();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = serviceName(resourceSpans.getResource());
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans.add(new TraceStore.StoredSpan(hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                            service, span.getName(), span.getKind().name().replace("SPAN_KIND_", ""),
                            instant(span.getStartTimeUnixNano()),
                            Duration.ofNanos(Math.max(0, span.getEndTimeUnixNano() - span.getStartTimeUnixNano())),
                            span.getStatus().getCode().name().replace("STATUS_CODE_", ""), attributes(span.getAttributesList())));
                }
            }
        }
        return spans;
    }

    static Map<String, Object> describe(TraceStore.StoredSpan span) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("traceId", span.traceId());
        json.put("spanId", span.spanId());
        json.put("parentSpanId", span.parentSpanId());
        json.put("service.name", span.service());
        json.put("name", span.name());
        json.put("kind", span.kind());
        json.put("start", span.start().toString());
        json.put("durationMicros", span.duration().toNanos() / 1000);
        json.put("status", span.status());
        json.put("attributes", span.attributes());
        return json;
    }

    static Map<String, Object> describe(TraceStore.TraceSummary trace) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("traceId", trace.traceId());
        json.put("root", trace.root());
        json.put("services", trace.services());
        json.put("spans", trace.spans());
        json.put("start", trace.start().toString());
        json.put("durationMicros", trace.duration().toNanos() / 1000);
        return json;
    }

    private static String serviceName(Resource resource) {
        return resource.getAttributesList().stream().filter(kv -> kv.getKey().equals("service.name"))
                .map(kv -> text(kv.getValue())).findFirst().orElse("unknown_service");
    }

    private static Map<String, String> attributes(List<KeyValue> list) {
        Map<String, String> attributes = new LinkedHashMap<>();
        list.forEach(kv -> attributes.put(kv.getKey(), text(kv.getValue())));
        return attributes;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BYTES_VALUE -> hex(value.getBytesValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().map(TraceSinkMain::text)
                    .collect(Collectors.joining(",", "[", "]"));
            default -> value.toString().strip();
        };
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }

    private static Instant instant(long unixNanos) {
        return Instant.ofEpochSecond(0, unixNanos);
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("body over " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && !kv[1].isEmpty()) {
                    query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static int parseOr(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
