package com.agencyos.enrichment.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Local fixture websites for the built-in provider, each under {@code /sites/<name>/} of a {@link FakeHttpServer}
 * and named {@code <name>.test} through the provider's host overrides.
 */
public final class FixtureSites {

    public static final String RICH_HOME = """
            <!doctype html><html><head>
            <title>Acme Plumbing Supplies | Trade plumbing wholesaler</title>
            <meta name="description" content="Family-owned plumbing and bathroom supplies wholesaler serving trade customers across Victoria since 1987.">
            <meta property="og:site_name" content="Acme Plumbing Supplies Pty Ltd">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Acme Plumbing Supplies",
              "address":{"@type":"PostalAddress","addressLocality":"Dandenong South","addressCountry":"AU"}}</script>
            <script src="https://cdn.shopify.com/s/files/1/theme.js"></script>
            <script async src="https://www.googletagmanager.com/gtag/js?id=G-123"></script>
            <script src="//js.hs-scripts.com/123456.js"></script>
            </head><body>
            <h1>Plumbing supplies for the trade</h1>
            <nav><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
            <a href="https://www.linkedin.com/company/acme-plumbing-supplies/?trk=site">LinkedIn</a>
            <a href="https://elsewhere.example/about">Partner</a></nav>
            </body></html>""";
    public static final String RICH_ABOUT = """
            <html><head><title>About | Acme</title></head><body><main>
            <p>Acme supplies plumbing, drainage and bathroom fittings to builders and construction companies across Victoria.</p>
            </main></body></html>""";
    public static final String RICH_CAREERS = """
            <html><head><title>Careers | Acme</title></head><body><h1>Join our team</h1><ul>
            <li class="job">Warehouse Supervisor (full-time) <a href="/careers/1">Apply now</a></li>
            <li class="job">Trade Sales Representative <a href="/careers/2">Apply now</a></li>
            </ul></body></html>""";
    public static final String RICH_CONTACT = """
            <html><body><h1>Contact</h1><p>12 Trade Way, Dandenong South VIC 3175, Australia</p></body></html>""";

    private FixtureSites() {
    }

    /** Adds the fixture sites to the server and returns the host overrides that name them. */
    public static Map<String, String> serve(FakeHttpServer server) {
        server.on("/sites/", request -> {
            String[] parts = request.path().split("/", 4);
            String site = parts[2];
            String path = "/" + (parts.length > 3 ? parts[3] : "");
            answer(site, path, request);
        });
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String site : new String[] {"rich", "sparse", "nocareers", "closedcareers", "loop", "huge", "pdf",
                "robotsblocked", "slow", "acme"}) {
            overrides.put(site + ".test", server.baseUrl() + "/sites/" + site);
        }
        overrides.put("acme.com.au", server.baseUrl() + "/sites/rich");
        overrides.put("unreachable.test", "http://127.0.0.1:1");
        overrides.put("outage-corp.com", "http://127.0.0.1:1");
        return overrides;
    }

    private static void answer(String site, String path, FakeHttpServer.Request request) throws IOException {
        if (path.equals("/robots.txt")) {
            switch (site) {
                case "rich" -> text(request, "User-agent: *\nDisallow: /private\n\nUser-agent: BadBot\nDisallow: /\n");
                case "robotsblocked" -> text(request, "User-agent: *\nDisallow: /\n");
                default -> request.status(404, Map.of());
            }
            return;
        }
        switch (site) {
            case "rich", "acme" -> {
                switch (path) {
                    case "/" -> request.html(RICH_HOME);
                    case "/about" -> request.html(RICH_ABOUT);
                    case "/careers" -> request.html(RICH_CAREERS);
                    case "/contact" -> request.html(RICH_CONTACT);
                    default -> request.status(404, Map.of());
                }
            }
            case "sparse" -> request.html("<html><head><title>Sparse Co</title></head><body><p>Welcome.</p></body></html>");
            case "nocareers" -> {
                if (path.equals("/about")) {
                    request.html("<html><body><p>We are a boutique digital marketing agency helping brands with SEO and advertising.</p></body></html>");
                } else {
                    request.html("""
                            <html><head><title>Brightside Digital - Home</title>
                            <meta name="description" content="Digital marketing agency in Auckland.">
                            <meta name="generator" content="WordPress 6.5"></head>
                            <body><a href="/about">About</a><p>Auckland, New Zealand</p></body></html>""");
                }
            }
            case "closedcareers" -> {
                if (path.equals("/jobs")) {
                    request.html("<html><body><h1>Jobs</h1><p>There are no current openings. Check back soon.</p></body></html>");
                } else {
                    request.html("<html><head><title>Quiet Pty Ltd</title></head><body><a href=\"/jobs\">Jobs</a></body></html>");
                }
            }
            case "loop" -> request.status(302, Map.of("Location", path.equals("/") ? "/a" : "/"));
            case "huge" -> {
                StringBuilder html = new StringBuilder("<html><head><title>Huge Page Inc</title></head><body>");
                String filler = "<p>" + "lorem ipsum dolor sit amet ".repeat(40) + "</p>\n";
                while (html.length() < 4_000_000) {
                    html.append(filler);
                }
                html.append("</body></html>");
                request.html(html.toString());
            }
            case "pdf" -> request.send(200, "application/pdf", "%PDF-1.7 not a web page".getBytes(StandardCharsets.UTF_8), Map.of());
            case "robotsblocked" -> request.html("<html><head><title>Private Co</title></head></html>");
            case "slow" -> {
                request.stall(8_000);
                request.html("<html><head><title>Slow Co</title></head></html>");
            }
            default -> request.status(404, Map.of());
        }
    }

    private static void text(FakeHttpServer.Request request, String body) throws IOException {
        request.send(200, "text/plain", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
