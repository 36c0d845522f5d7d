package com.agencyos.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.localstack.component.FixtureSites;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SitesMainTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Integer> SITES = new LinkedHashMap<>();
    private static int indexPort;
    private static List<HttpServer> servers;

    @BeforeAll
    static void serveTheFixtureSitesOnFreePorts() throws IOException {
        indexPort = freePort();
        for (String domain : FixtureSites.SITES.keySet()) {
            SITES.put(domain, freePort());
        }
        servers = SitesMain.start(indexPort, Duration.ZERO, SITES);
    }

    @AfterAll
    static void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void eachSiteAnswersAtTheRootOfItsOwnPortWithItsHomepage() throws Exception {
        HttpResponse<String> vendor = get(FixtureSites.VENDOR, "/");
        HttpResponse<String> prospect = get(FixtureSites.PROSPECT, "/");

        assertThat(vendor.statusCode()).isEqualTo(200);
        assertThat(vendor.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(vendor.body()).contains("<title>TradieFlow | Job management software");
        assertThat(prospect.body()).contains("<title>Harbour Tiles | Tiles and tiling");
    }

    @Test
    void pagesAreFoundWithAndWithoutTheirExtensionAndRobotsTxtIsPlainText() throws Exception {
        for (String path : List.of("/product", "/pricing", "/customers", "/integrations", "/about", "/careers", "/contact",
                "/pricing.html", "/about/")) {
            assertThat(get(FixtureSites.VENDOR, path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/about-us", "/products", "/services", "/careers", "/contact")) {
            assertThat(get(FixtureSites.PROSPECT, path).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> robots = get(FixtureSites.VENDOR, "/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(robots.body()).contains("Disallow: /internal/");
    }

    @Test
    void aSiteServesOnlyItsOwnPagesAndNothingOutsideItsFolder() throws Exception {
        assertThat(get(FixtureSites.PROSPECT, "/pricing").statusCode()).isEqualTo(404);
        assertThat(get(FixtureSites.VENDOR, "/no-such-page").statusCode()).isEqualTo(404);
        assertThat(get(FixtureSites.VENDOR, "/../harbourtiles.com.au/index.html").statusCode()).isEqualTo(404);
        assertThat(get(FixtureSites.VENDOR, "/%2e%2e/harbourtiles.com.au/index").statusCode()).isEqualTo(404);
        assertThat(get(FixtureSites.VENDOR, "/internal").statusCode()).as("a folder is not a page").isEqualTo(404);
        assertThat(SitesMain.resource(FixtureSites.VENDOR, "/../../com/agencyos/localstack/infra/SitesMain.class")).isEmpty();
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base(FixtureSites.VENDOR) + "/contact"))
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(base(FixtureSites.VENDOR) + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theIndexListsEverySiteWithItsAddress() throws Exception {
        HttpResponse<String> index = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + indexPort + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("{\"domain\":\"tradieflow.com.au\",\"url\":\"http://localhost:" + SITES.get(FixtureSites.VENDOR) + "\"}",
                "{\"domain\":\"harbourtiles.com.au\",\"url\":\"http://localhost:" + SITES.get(FixtureSites.PROSPECT) + "\"}");
    }

    @Test
    void theStackPointsEnrichmentAndPlaybookAtTheSitesPorts() {
        assertThat(FixtureSites.playbookOverrides())
                .isEqualTo("tradieflow.com.au=http://localhost:8091,harbourtiles.com.au=http://localhost:8092");
        assertThat(FixtureSites.enrichmentOverridesJson()).isEqualTo(
                "{\"agencyos.enrichment.website.host-overrides[tradieflow.com.au]\":\"http://localhost:8091\","
                        + "\"agencyos.enrichment.website.host-overrides[harbourtiles.com.au]\":\"http://localhost:8092\"}");
    }

    private static HttpResponse<String> get(String domain, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base(domain) + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base(String domain) {
        return "http://127.0.0.1:" + SITES.get(domain);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
