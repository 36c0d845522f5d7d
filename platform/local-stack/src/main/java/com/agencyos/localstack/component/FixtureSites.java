package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.Http;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.infra.SitesMain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Realistic company websites served on this machine, so enrichment's website provider and playbook research have
 * something to read without the internet: a SaaS vendor and a prospect, each at the root of its own port. Enrichment
 * and playbook are pointed at them for these domains only; every other domain is fetched as in production.
 */
public final class FixtureSites implements Component {

    public static final int PORT = 8090;
    /** A SaaS vendor: home, product, pricing, customers, integrations, about, careers, contact, robots.txt. */
    public static final String VENDOR = "tradieflow.com.au";
    /** A prospect, the company of the demo's and the end-to-end tests' Harbour Tiles leads. */
    public static final String PROSPECT = "harbourtiles.com.au";
    /** Domain → port; the pages are the class path resources under {@code sites/<domain>/}. */
    public static final Map<String, Integer> SITES = sites();
    /** Each answer waits this long, as a site across the internet would. */
    static final Duration LATENCY = Duration.ofMillis(150);

    private static Map<String, Integer> sites() {
        Map<String, Integer> sites = new LinkedHashMap<>();
        sites.put(VENDOR, 8091);
        sites.put(PROSPECT, 8092);
        return Collections.unmodifiableMap(sites);
    }

    public static String baseUrl(String domain) {
        return "http://localhost:" + SITES.get(domain);
    }

    /** {@code PLAYBOOK_SITE_OVERRIDES}: {@code domain=baseUrl,...}. */
    public static String playbookOverrides() {
        return SITES.keySet().stream().map(domain -> domain + "=" + baseUrl(domain)).collect(Collectors.joining(","));
    }

    /** {@code SPRING_APPLICATION_JSON} for enrichment: one {@code agencyos.enrichment.website.host-overrides[domain]} each. */
    public static String enrichmentOverridesJson() {
        return SITES.keySet().stream()
                .map(domain -> "\"agencyos.enrichment.website.host-overrides[" + domain + "]\":\"" + baseUrl(domain) + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public String name() {
        return "sites";
    }

    @Override
    public Tier tier() {
        return Tier.INFRASTRUCTURE;
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public String url() {
        // the domains are in docs/local-stack.md; the summary table has room for the ports only
        return "http://localhost:" + PORT + "  (fixture sites " + SITES.values().stream().map(port -> ":" + port)
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String marker() {
        return JavaCommand.marker(name());
    }

    @Override
    public void prepare(StackContext context) {
        for (int port : SITES.values()) {
            if (Http.portOpen(port)) {
                throw new IllegalStateException("port " + port + " is already taken by a process this stack did not start");
            }
        }
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        List<String> args = new ArrayList<>(List.of(Integer.toString(PORT), Long.toString(LATENCY.toMillis())));
        SITES.forEach((domain, port) -> args.add(domain + "=" + port));
        var layout = context.layout();
        return Optional.of(new ProcessSpec(
                JavaCommand.infrastructure(layout, name(), List.of("-Xmx48m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                        SitesMain.class.getName(), args.toArray(String[]::new)),
                Map.of(), layout.home()));
    }

    @Override
    public boolean healthy(StackContext context) {
        return Http.ok(context.http(), "http://localhost:" + PORT + "/")
                && SITES.keySet().stream().allMatch(domain -> Http.ok(context.http(), baseUrl(domain) + "/robots.txt"));
    }
}
