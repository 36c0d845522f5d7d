package com.agencyos.localstack.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fixture websites for the local stack: {@code SitesMain <index port> <latency ms> <domain>=<port>...}. Each domain's
 * pages are the class path resources under {@code sites/<domain>/} and are served at the root of their own port, as
 * the real site would be ({@code /} is {@code index.html}, {@code /about} is {@code about.html}), because research
 * resolves links and robots.txt against the site's root. The index port lists the sites as JSON.
 */
public final class SitesMain {

    static final String ROOT = "sites/";

    private SitesMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int indexPort = Integer.parseInt(args[0]);
        Duration latency = Duration.ofMillis(Long.parseLong(args[1]));
        Map<String, Integer> sites = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] site = args[i].split("=", 2);
            sites.put(site[0], Integer.parseInt(site[1]));
        }
        List<HttpServer> servers = start(indexPort, latency, sites);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            servers.forEach(server -> server.stop(0));
            stopped.countDown();
        }, "sites-stop"));
        System.out.println("fixture sites ready: " + new String(index(sites), StandardCharsets.UTF_8));
        stopped.await();
    }

    /** Starts the index and one server per site; each listens on 127.0.0.1 only. */
    static List<HttpServer> start(int indexPort, Duration latency, Map<String, Integer> sites) throws IOException {
        List<HttpServer> servers = new ArrayList<>();
        servers.add(server(indexPort, exchange -> send(exchange, 200, "application/json", index(sites))));
        sites.forEach((domain, port) -> servers.add(uncheckedServer(port, exchange -> serve(exchange, domain, latency))));
        servers.forEach(HttpServer::start);
        return servers;
    }

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static HttpServer uncheckedServer(int port, Handler handler) {
        try {
            return server(port, handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("port " + port + ": " + e.getMessage(), e);
        }
    }

    private static HttpServer server(int port, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                System.out.println("error answering " + exchange.getRequestURI() + ": " + e);
            }
        });
        return server;
    }

    private static void serve(HttpExchange exchange, String domain, Duration latency) throws IOException {
        // A real site answers across the internet, not in a millisecond: the delay keeps a research run's
        // progress visible to someone polling it.
        pause(latency);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        int status;
        if (!method.equals("GET") && !method.equals("HEAD")) {
            status = 405;
            send(exchange, status, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        } else {
            Optional<String> resource = resource(domain, path);
            if (resource.isPresent()) {
                status = 200;
                send(exchange, status, contentType(resource.get()), read(resource.get()));
            } else {
                status = 404;
                send(exchange, status, "text/html; charset=utf-8", ("<!doctype html><html><head><title>Page not found</title>"
                        + "</head><body><h1>Page not found</h1></body></html>").getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.printf("%s %s %s %d (%s)%n", method, domain, path, status,
                exchange.getRequestHeaders().getFirst("User-Agent"));
    }

    /** The class path resource of a request path: {@code /} is {@code index.html}; {@code /a} is {@code a}, {@code a.html} or {@code a/index.html}. */
    static Optional<String> resource(String domain, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (!path.startsWith("/") || path.contains("..") || path.contains("//") || path.contains("\\") || path.contains("%")) {
            return Optional.empty();
        }
        String relative = path.substring(1).replaceAll("/$", "");
        String base = ROOT + domain + "/";
        List<String> candidates = relative.isEmpty() ? List.of(base + "index.html")
                : List.of(base + relative, base + relative + ".html", base + relative + "/index.html");
        for (String candidate : candidates) {
            URL url = SitesMain.class.getClassLoader().getResource(candidate);
            // a directory of a jar or of target/classes is a resource too, but not a page
            if (url != null && hasFileName(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean hasFileName(String candidate) {
        String name = candidate.substring(candidate.lastIndexOf('/') + 1);
        return name.matches("[A-Za-z0-9_-]+\\.[a-z]+");
    }

    static String contentType(String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "xml" -> "application/xml";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }

    static byte[] index(Map<String, Integer> sites) {
        StringBuilder json = new StringBuilder("{\"sites\":[");
        String separator = "";
        for (var site : sites.entrySet()) {
            json.append(separator).append("{\"domain\":\"").append(site.getKey()).append("\",\"url\":\"http://localhost:")
                    .append(site.getValue()).append("\"}");
            separator = ",";
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = SitesMain.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " vanished");
            }
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            new CountDownLatch(1).await(latency.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
