package com.agencyos.outreach.channel.adapter.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A provider stand-in on a free loopback port: answers what the test scripted, in order, and records every request. */
final class FakeProviderServer implements AutoCloseable {

    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private record Answer(int status, String body, String retryAfter, boolean hang) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    FakeProviderServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeProviderServer answer(int status, String body) {
        return script(new Answer(status, body, null, false));
    }

    FakeProviderServer answerRetryAfter(int status, String retryAfter, String body) {
        return script(new Answer(status, body, retryAfter, false));
    }

    /** Holds the request open until the server closes: slower than any time limit in these tests. */
    FakeProviderServer hang() {
        return script(new Answer(200, "{}", null, true));
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private synchronized FakeProviderServer script(Answer answer) {
        answers.add(answer);
        return this;
    }

    private synchronized Answer next() {
        return answers.isEmpty() ? new Answer(500, "{\"message\":\"nothing scripted\"}", null, false) : answers.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = next();
        if (answer.hang()) {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
        }
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up on a slow answer: nothing to tell it
        }
    }

    @Override
    public synchronized void close() {
        if (released.getCount() == 0) {
            return;
        }
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
