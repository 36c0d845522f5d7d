package com.agencyos.playbook.research.adapter.http;

import com.agencyos.playbook.account.domain.ResearchedPlaybook;
import com.agencyos.playbook.account.domain.ResearchedPlaybookWriter;
import com.agencyos.playbook.config.PlaybookProperties;
import com.agencyos.playbook.research.application.PageCache;
import com.agencyos.playbook.research.application.ResearchSettings;
import com.agencyos.playbook.research.application.SiteResearch;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.SiteAnalysis;
import com.agencyos.playbook.research.domain.VendorProfile;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Not a test and not run in CI: measures the built-in generator end to end over HTTP (homepages, ranking, page
 * fetching with the page cache, extraction, writing) against local sites, the way a run does it minus the database.
 * Run: {@code ./mvnw -B -o -pl playbook-service test -Dtest=PlaybookBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PlaybookBenchmark {

    static final int PROSPECTS = 100;
    static final int SINGLE_RUNS = 40;
    static final int CONCURRENT_RUNS = 4;

    @Test
    void measure() {
        List<HttpServer> servers = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        servers.add(serve("acme-vendor.test", PlaybookBenchmark::vendor, overrides));
        for (int i = 0; i < PROSPECTS + SINGLE_RUNS; i++) {
            int n = i;
            servers.add(serve("prospect-" + n + ".test", ex -> prospect(ex, n), overrides));
        }
        Map<String, PageCache.CachedPage> cache = new ConcurrentHashMap<>();
        PageCache memory = new PageCache() {
            @Override
            public Mono<CachedPage> find(String url, Instant freshAfter) {
                return Mono.justOrEmpty(cache.get(url)).filter(p -> !p.fetchedAt().isBefore(freshAfter));
            }

            @Override
            public Mono<Void> put(CachedPage page) {
                cache.put(page.url(), page);
                return Mono.empty();
            }
        };
        PlaybookProperties properties = new PlaybookProperties(overrides, false, null, CONCURRENT_RUNS, null, null);
        HttpSiteReader reader = new HttpSiteReader(memory, properties, Clock.systemUTC());
        SiteResearch research = new SiteResearch(reader);
        ResearchSettings settings = ResearchSettings.DEFAULTS;
        try {
            generate(reader, research, settings, "prospect-0.test").block();
            List<Long> millis = new ArrayList<>();
            for (int i = 1; i < SINGLE_RUNS; i++) {
                long t0 = System.nanoTime();
                generate(reader, research, settings, "prospect-" + i + ".test").block();
                millis.add((System.nanoTime() - t0) / 1_000_000);
            }
            Collections.sort(millis);
            long t0 = System.nanoTime();
            long done = Flux.range(SINGLE_RUNS, PROSPECTS)
                    .flatMap(i -> generate(reader, research, settings, "prospect-" + i + ".test"), CONCURRENT_RUNS)
                    .count().block();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("BENCHMARK single playbook (built-in, vendor pages cached, %d runs): median %d ms, p95 %d ms%n",
                    millis.size(), millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
            System.out.printf("BENCHMARK batch of %d prospects, %d at a time: %.1f s, %.0f playbooks/minute%n",
                    done, CONCURRENT_RUNS, seconds, done / seconds * 60);
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }

    static Mono<ResearchedPlaybook> generate(HttpSiteReader reader, SiteResearch research, ResearchSettings settings,
            String prospect) {
        return Mono.zip(reader.homepage("acme-vendor.test", settings), reader.homepage(prospect, settings))
                .flatMap(homes -> Mono.zip(research.rank(homes.getT1(), settings), research.rank(homes.getT2(), settings))
                        .flatMap(ranked -> Mono.zip(research.read(homes.getT1(), ranked.getT1(), settings),
                                research.read(homes.getT2(), ranked.getT2(), settings))))
                .map(read -> {
                    VendorProfile v = SiteAnalysis.vendor("acme-vendor.test", read.getT1().pages());
                    ProspectProfile p = SiteAnalysis.prospect(prospect, read.getT2().pages());
                    return ResearchedPlaybookWriter.write(UUID.randomUUID(), UUID.randomUUID(), v, p,
                            ResearchedPlaybookWriter.choosePersonas(v, p), List.of(), Instant.now());
                });
    }

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    static HttpServer serve(String domain, Handler handler, List<String> overrides) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.createContext("/", ex -> {
                try (ex) {
                    handler.handle(ex);
                }
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            overrides.add(domain + "=http://127.0.0.1:" + server.getAddress().getPort());
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void vendor(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String file = path.equals("/") ? "index.html" : path.substring(1) + ".html";
        try (InputStream in = PlaybookBenchmark.class.getResourceAsStream("/sites/acme-vendor/" + file)) {
            if (in == null) {
                send(ex, 404, "");
            } else {
                send(ex, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    static void prospect(HttpExchange ex, int n) throws IOException {
        String path = ex.getRequestURI().getPath();
        String body = switch (path) {
            case "/" -> "<html lang=\"en\"><head><title>Prospect " + n + " Supplies | Trade supplies</title><meta name=\"description\""
                    + " content=\"Prospect " + n + " Supplies sells building materials to builders across region " + n + ".\"></head>"
                    + "<body><a href=\"/about\">About</a><a href=\"/services\">Services</a><a href=\"/careers\">Careers</a>"
                    + "<a href=\"/pricing\">Pricing</a><h1>Supplies for builders</h1><p>We stock more than " + (1000 + n)
                    + " products across our " + (n % 9 + 1) + " branches.</p></body></html>";
            case "/about" -> "<html><body><h1>About</h1><p>Prospect " + n + " Supplies was founded in " + (1950 + n % 70)
                    + " and today our team of " + (20 + n) + " staff serves local builders.</p></body></html>";
            case "/services" -> "<html><body><p>We deliver building materials to job sites within four hours using our own fleet.</p>"
                    + "<p>Trade customers order online through our Shopify store and pay on 30-day terms.</p></body></html>";
            case "/careers" -> "<html><body><p>We are hiring drivers and counter staff for our new branch.</p></body></html>";
            case "/pricing" -> "<html><body><p>Trade pricing is available to account holders with a valid builder licence.</p></body></html>";
            default -> null;
        };
        send(ex, body == null ? 404 : 200, body == null ? "" : body);
    }

    static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }
}
