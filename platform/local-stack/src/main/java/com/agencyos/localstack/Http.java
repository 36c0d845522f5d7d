package com.agencyos.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Small blocking helpers for health checks. */
public final class Http {

    private Http() {
    }

    public record Response(int status, String body) {
    }

    public static Optional<Response> get(HttpClient client, String url, Duration timeout) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Response(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public static boolean ok(HttpClient client, String url) {
        return get(client, url, Duration.ofSeconds(3)).map(r -> r.status() == 200).orElse(false);
    }

    /**
     * A GET on a connection of its own (HTTP/1.0, closed after the answer), so that when two processes share a port
     * each call lets the kernel pick a listener afresh; a pooled client would keep asking the same one.
     */
    public static Optional<Response> getOnNewConnection(int port, String path, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = answer.indexOf("\r\n\r\n");
            String[] statusLine = answer.substring(0, Math.max(0, answer.indexOf("\r\n"))).split(" ");
            if (headersEnd < 0 || statusLine.length < 2) {
                return Optional.empty();
            }
            return Optional.of(new Response(Integer.parseInt(statusLine[1]), answer.substring(headersEnd + 4)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
