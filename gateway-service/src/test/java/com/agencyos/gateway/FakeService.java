package com.agencyos.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * A downstream service on a loopback port that answers every request with what it received: its name,
 * method, path, headers (lower-cased) and body size. Paths ending in {@code /slow} are held until the
 * test releases them, to play a service slower than the gateway's timeout; paths ending in {@code /lingering}
 * answer after {@link #LINGER}, to hold many calls in flight at once. A request can ask to be failed: the first
 * {@code X-Test-Fail-Times} requests carrying the same {@code X-Test-Fail-Key} are answered with
 * {@code X-Test-Fail-Status}, and {@link #attempts(String)} counts every request that carried the key. The service
 * can go away for a while ({@link #stopFor(Duration)}): connections are refused, then it answers on the same port.
 * It can also serve a JWK set.
 */
final class FakeService implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Duration LINGER = Duration.ofMillis(1500);

    private final String name;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor();
    private final CountDownLatch releaseSlowCalls = new CountDownLatch(1);
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final int port;
    private volatile HttpServer server;
    private volatile String jwkSet;

    private FakeService(String name) {
        this.name = name;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) {
        HttpServer created;
        try {
            created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        created.setExecutor(executor);
        created.createContext("/", this::handle);
        created.start();
        return created;
    }

    static FakeService start(String name) {
        return new FakeService(name);
    }

    /** A base URL where nothing listens: connections are refused. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops listening now (connections are refused) and listens again on the same port after {@code downtime}. */
    void stopFor(Duration downtime) {
        server.stop(0);
        restarts.schedule(() -> {
            server = listen(port);
        }, downtime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many requests carrying {@code X-Test-Fail-Key: key} arrived, failed or not. */
    int attempts(String key) {
        AtomicInteger count = attempts.get(key);
        return count == null ? 0 : count.get();
    }

    /** Until called, the JWK set endpoint answers 503, like a Keycloak that is still starting. */
    void serveJwkSet(String json) {
        this.jwkSet = json;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            long bodyBytes;
            try (InputStream body = exchange.getRequestBody()) {
                bodyBytes = body.transferTo(OutputStream.nullOutputStream());
            }
            if (path.endsWith("/jwks")) {
                String keys = jwkSet;
                reply(exchange, keys == null ? 503 : 200, keys == null ? "{}" : keys);
                return;
            }
            if (path.endsWith("/slow")) {
                awaitRelease();
            }
            if (path.endsWith("/lingering")) {
                LockSupport.parkNanos(LINGER.toNanos());
            }
            String failKey = exchange.getRequestHeaders().getFirst("X-Test-Fail-Key");
            if (failKey != null) {
                int attempt = attempts.computeIfAbsent(failKey, key -> new AtomicInteger()).incrementAndGet();
                if (attempt <= Integer.parseInt(exchange.getRequestHeaders().getFirst("X-Test-Fail-Times"))) {
                    reply(exchange, Integer.parseInt(exchange.getRequestHeaders().getFirst("X-Test-Fail-Status")),
                            "{\"failedOnPurpose\":" + attempt + "}");
                    return;
                }
            }
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("service", name);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", path);
            echo.put("bodyBytes", bodyBytes);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), values));
            echo.put("headers", headers);
            exchange.getResponseHeaders().add("X-Request-Id", "set-by-" + name);
            reply(exchange, 200, JSON.writeValueAsString(echo));
        }
    }

    private void awaitRelease() {
        try {
            releaseSlowCalls.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        releaseSlowCalls.countDown();
        restarts.shutdownNow();
        server.stop(0);
        executor.shutdownNow();
    }
}
