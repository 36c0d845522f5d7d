package com.agencyos.enrichment.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server for provider fakes and fixture sites; counts requests per path and keeps their bodies. */
public final class FakeHttpServer implements AutoCloseable {

    /** Answers one request; the exchange is read and written through the helpers below. */
    public interface Route {
        void handle(Request request) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    public FakeHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public FakeHttpServer on(String pathPrefix, Route route) {
        server.createContext(pathPrefix, exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Request request = new Request(exchange);
                bodies.add(request.body());
                route.handle(request);
            } catch (IOException | RuntimeException e) {
                // the client may have hung up (timeouts, size caps): nothing to answer
            }
        });
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public int totalHits(String pathPrefix) {
        return hits.entrySet().stream().filter(e -> e.getKey().startsWith(pathPrefix)).mapToInt(e -> e.getValue().get()).sum();
    }

    public List<String> bodies() {
        return bodies;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request and its answer. */
    public static final class Request {

        private final HttpExchange exchange;
        private final String body;

        Request(HttpExchange exchange) throws IOException {
            this.exchange = exchange;
            this.body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        }

        public String path() {
            return exchange.getRequestURI().getPath();
        }

        public String query() {
            return exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        }

        public String header(String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }

        public String body() {
            return body;
        }

        public void json(int status, String json) throws IOException {
            send(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public void html(String html) throws IOException {
            send(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public void send(int status, String contentType, byte[] bytes, Map<String, String> headers) throws IOException {
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }

        public void status(int status, Map<String, String> headers) throws IOException {
            send(status, null, new byte[0], headers);
        }

        /** Waits without answering, as a provider that has stopped responding does. */
        public void stall(long millis) {
            try {
                new CountDownLatch(1).await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
