package com.agencyos.enrichment.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hunter, Apollo, DataForSEO and the premium provider on one local server, speaking their formats. Leads whose
 * email or domain contains {@code outage} get 5xx and malformed answers; people at {@code acme.com.au} are known.
 */
public final class FakeProviders {

    private FakeProviders() {
    }

    /** Serves the fakes and returns the Spring properties that point the providers at them. */
    public static Map<String, String> serve(FakeHttpServer server) {
        server.on("/v2/email-verifier", r -> {
            String email = param(r.query(), "email");
            if (email.contains("outage")) {
                r.json(503, "{\"errors\":[{\"id\":\"unavailable\"}]}");
            } else {
                r.json(200, "{\"data\":{\"status\":\"valid\",\"result\":\"deliverable\",\"score\":95,\"email\":\"" + email + "\"}}");
            }
        });
        server.on("/v2/email-finder", r -> {
            if ("acme.com.au".equals(param(r.query(), "domain"))) {
                r.json(200, """
                        {"data":{"email":"jo.bloggs@acme.com.au","score":92,"position":"Managing Director",
                         "linkedin_url":"https://www.linkedin.com/in/jo-bloggs-acme","company":"Acme Plumbing Supplies"}}""");
            } else {
                r.json(404, "{\"errors\":[{\"id\":\"not_found\"}]}");
            }
        });
        server.on("/api/v1/people/match", r -> {
            if (r.body().contains("outage")) {
                r.json(200, "{\"person\": {\"title\": ");
            } else if (r.body().contains("@acme.com.au")) {
                r.json(200, """
                        {"person":{"first_name":"Jo","last_name":"Bloggs","title":"Managing Director","country":"Australia",
                         "employment_history":[{"current":true,"start_date":"2019-03-01"}],
                         "organization":{"name":"Acme Plumbing Supplies Pty Ltd","primary_domain":"acme.com.au",
                          "industry":"construction","estimated_num_employees":38,"city":"Dandenong South","country":"Australia"}}}""");
            } else {
                r.json(200, "{\"person\":null}");
            }
        });
        server.on("/api/v1/organizations/enrich", r -> r.json(404, "{}"));
        server.on("/v3/dataforseo_labs/google/domain_rank_overview/live", r -> {
            if (r.body().contains("outage")) {
                r.json(500, "{}");
            } else {
                r.json(200, """
                        {"status_code":20000,"tasks":[{"status_code":20000,"result":[{"items":[
                         {"metrics":{"organic":{"pos_1":2,"pos_2_3":4,"pos_4_10":8,"etv":860.4}}}]}]}]}""");
            }
        });
        server.on("/v3/backlinks/summary/live", r -> r.json(200, """
                {"status_code":20000,"tasks":[{"status_code":20000,"result":[{"rank":212,"backlinks_spam_score":3}]}]}"""));
        server.on("/v1/enrich/person", r -> r.json(200, """
                {"person":{"title":"Head of Operations","linkedin_url":"https://www.linkedin.com/in/premium-person"},
                 "company":{"name":"Premium Pty Ltd","industry":"Logistics","employee_count":120,"country":"AU"}}"""));
        Map<String, String> properties = new LinkedHashMap<>();
        for (String provider : new String[] {"hunter", "apollo", "dataforseo", "premium"}) {
            properties.put("agencyos.enrichment.providers." + provider + ".base-url", server.baseUrl());
            properties.put("agencyos.enrichment.providers." + provider + ".api-key", provider.equals("dataforseo") ? "login:pw" : "test-key");
        }
        properties.put("agencyos.enrichment.website.allow-private-addresses", "true");
        properties.put("agencyos.enrichment.website.timeout", "2s");
        properties.put("agencyos.enrichment.resilience.backoff", "20ms");
        properties.put("agencyos.enrichment.resilience.timeout", "3s");
        properties.put("agencyos.enrichment.resilience.minimum-calls", "1000");
        properties.put("agencyos.enrichment.worker.poll-interval", "200ms");
        FixtureSites.serve(server).forEach((host, base) -> properties.put("agencyos.enrichment.website.host-overrides[" + host + "]", base));
        return properties;
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
