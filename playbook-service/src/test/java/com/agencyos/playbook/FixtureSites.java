package com.agencyos.playbook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local websites for research tests, each on its own loopback port: the static sites under
 * {@code src/test/resources/sites/}, and generated ones (500 links, slow, 404 homepage, redirect loop).
 */
final class FixtureSites {

    static final String VENDOR = "acme-vendor.test";
    static final String PROSPECT = "bright-plumbing.test";
    static final String ONE_PAGE = "smith-carpentry.test";
    static final String GERMAN = "mueller-haustechnik.test";
    static final String MANY_LINKS = "many-links.test";
    static final String SLOW = "slow-site.test";
    static final String MISSING_HOME = "missing-home.test";
    static final String REDIRECT_LOOP = "redirect-loop.test";
    static final int SLOW_SECONDS = 15;

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    static FixtureSites start() {
        FixtureSites sites = new FixtureSites();
        sites.serve(VENDOR, ex -> sites.file("acme-vendor", ex));
        sites.serve(PROSPECT, ex -> {
            if (ex.getRequestURI().getPath().equals("/catalogue")) {
                send(ex, 200, "application/json", "{\"products\":8000}");
            } else {
                sites.file("prospect", ex);
            }
        });
        sites.serve(ONE_PAGE, ex -> sites.file("onepage", ex));
        sites.serve(GERMAN, ex -> sites.file("german", ex));
        sites.serve(MANY_LINKS, FixtureSites::manyLinks);
        sites.serve(SLOW, ex -> {
            try {
                new CountDownLatch(1).await(SLOW_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", "<html><body><p>Finally here, far too late for anyone.</p></body></html>");
        });
        sites.serve(MISSING_HOME, ex -> send(ex, 404, "text/html", "<html><body><p>Not found</p></body></html>"));
        sites.serve(REDIRECT_LOOP, ex -> {
            ex.getResponseHeaders().add("Location", ex.getRequestURI().getPath().equals("/") ? "/a" : "/");
            send(ex, 302, "text/html", "");
        });
        return sites;
    }

    /** {@code domain=baseUrl} entries for {@code agencyos.playbook.site-overrides}. */
    List<String> overrides() {
        List<String> entries = new ArrayList<>();
        servers.forEach((domain, server) -> entries.add(domain + "=" + baseUrl(domain)));
        return entries;
    }

    /** How many requests a page of a site has served so far. */
    int hits(String domain, String path) {
        AtomicInteger count = hits.get(domain + path);
        return count == null ? 0 : count.get();
    }

    String baseUrl(String domain) {
        return "http://127.0.0.1:" + servers.get(domain).getAddress().getPort();
    }

    /** The text of a static fixture page as served, to check that a quoted claim is really on it. */
    static String resource(String site, String file) {
        try (InputStream in = FixtureSites.class.getResourceAsStream("/sites/" + site + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void serve(String domain, Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.createContext("/", ex -> {
                hits.computeIfAbsent(domain + ex.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
                try (ex) {
                    handler.handle(ex);
                }
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            servers.put(domain, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void file(String site, HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            String robots = resource(site, "robots.txt");
            send(ex, robots == null ? 404 : 200, "text/plain", robots == null ? "" : robots);
            return;
        }
        String html = resource(site, path.equals("/") ? "index.html" : path.substring(1) + ".html");
        if (html == null) {
            send(ex, 404, "text/html", "<html><body><p>Not found</p></body></html>");
        } else {
            send(ex, 200, "text/html; charset=utf-8", html);
        }
    }

    private static void manyLinks(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/")) {
            StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>Many Links Wholesale</title>"
                    + "<meta name=\"description\" content=\"Many Links Wholesale supplies hardware to retailers across Victoria.\">"
                    + "</head><body><h1>Hardware wholesale</h1><p>We supply more than 500 product lines to hardware retailers.</p>");
            for (int i = 1; i <= 500; i++) {
                html.append("<a href=\"/p/").append(i).append("\">Line ").append(i).append("</a> ");
            }
            html.append("<a href=\"/about\">About</a></body></html>");
            send(ex, 200, "text/html", html.toString());
        } else if (path.equals("/about")) {
            send(ex, 200, "text/html", "<html><body><h1>About</h1><p>Many Links Wholesale has served hardware retailers"
                    + " in Victoria since 2004.</p></body></html>");
        } else {
            send(ex, 200, "text/html", "<html><body><p>Product line " + path.substring(3)
                    + " is stocked in our Dandenong warehouse for next-day dispatch.</p></body></html>");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }
}
