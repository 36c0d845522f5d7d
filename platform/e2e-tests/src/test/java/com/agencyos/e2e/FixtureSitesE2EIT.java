package com.agencyos.e2e;

import static com.agencyos.e2e.WholeStackE2EIT.HTTP;
import static com.agencyos.e2e.WholeStackE2EIT.JSON;
import static com.agencyos.e2e.WholeStackE2EIT.get;
import static com.agencyos.e2e.WholeStackE2EIT.hmac;
import static com.agencyos.e2e.WholeStackE2EIT.post;
import static com.agencyos.e2e.WholeStackE2EIT.send;
import static com.agencyos.e2e.WholeStackE2EIT.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Issues #5 and #7 on the real stack: the launcher's {@code sites} component serves a SaaS vendor's and a prospect's
 * website, enrichment reads the prospect's for a webhook lead, and playbook research reads both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class FixtureSitesE2EIT {

    static final String VENDOR = "tradieflow.com.au";
    static final String PROSPECT = "harbourtiles.com.au";
    /** Where the sites component serves each domain (docs/local-stack.md). */
    static final Map<String, String> SITES = Map.of(VENDOR, "http://localhost:8091", PROSPECT, "http://localhost:8092");
    static final List<String> STEPS = List.of("validate_domains", "fetch_homepages", "rank_urls", "fetch_pages",
            "extract_vendor_profile", "extract_prospect_profile", "choose_personas", "write_playbook", "save");

    @BeforeAll
    static void theStack() throws Exception {
        LocalStack.shared();
    }

    @Test
    @Order(1)
    void aWebhookLeadWhoseWebsiteIsServedLocallyIsEnrichedWithWhatTheSiteSaysAndOnlyThatWithTheWebsiteAsItsSource()
            throws Exception {
        String owner = token("owner@acme.test");
        HttpResponse<String> created = send(post("/api/v1/tenants/me/webhook-secrets", "{}")
                .header("Authorization", "Bearer " + owner));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = JSON.readTree(created.body()).get("secret").asString();

        // No company name, country or size in the form: what the lead.enriched record says of them comes from the site.
        String email = "e2e-sites-" + UUID.randomUUID().toString().substring(0, 8) + "@harbourtiles.com.au";
        String body = """
                {"email":"%s","firstName":"Alexandra","lastName":"Papadopoulos","title":"Managing Director",
                 "website":"https://harbourtiles.com.au"}""".formatted(email);
        long t = Instant.now().getEpochSecond();
        String signature = "t=" + t + ",v1=" + hmac(secret, t + "." + body);
        AtomicReference<HttpResponse<String>> accepted = new AtomicReference<>();
        Awaitility.await("the webhook accepted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    accepted.set(send(post("/webhooks/leads/" + WholeStackE2EIT.ACME, body).header("X-AgencyOS-Signature", signature)));
                    return accepted.get().statusCode() != 401 || !accepted.get().body().contains("webhook-not-configured");
                });
        assertThat(accepted.get().statusCode()).as(accepted.get().body()).isEqualTo(202);
        String leadId = JSON.readTree(accepted.get().body()).get("leadId").asString();

        AtomicReference<JsonNode> found = new AtomicReference<>();
        Awaitility.await("lead.enriched for " + leadId).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    found.set(lastValue("lead.enriched", leadId));
                    return found.get() != null;
                });
        JsonNode enriched = found.get();
        JsonNode company = enriched.get("company");
        JsonNode provenance = enriched.get("provenance");
        System.out.println("[e2e] lead.enriched of " + leadId + ": company " + company + " provenance " + provenance);

        assertThat(company.get("name").asString()).isEqualTo("Harbour Tiles");
        assertThat(company.get("description").asString()).startsWith("Harbour Tiles supplies and installs porcelain, stone");
        assertThat(company.get("city").asString()).isEqualTo("Marrickville");
        assertThat(company.get("country").asString()).isEqualTo("AU");
        assertThat(company.get("linkedinUrl").asString()).isEqualTo("https://www.linkedin.com/company/harbour-tiles");
        assertThat(company.get("industry").asString()).isEqualTo("Construction");
        assertThat(company.get("hiring").asBoolean()).isTrue();
        assertThat(company.get("technologies").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("WordPress", "Google Analytics", "HubSpot");
        assertThat(company.get("websiteReachable").asBoolean()).isTrue();
        for (String field : List.of("name", "description", "city", "country", "linkedinUrl", "industry", "hiring", "technologies",
                "websiteReachable", "website")) {
            assertThat(provenance.path("company." + field).path("provider").asString()).as("provenance of company." + field)
                    .isEqualTo("website");
            assertThat(provenance.path("company." + field).path("confidence").asDouble()).as("confidence of company." + field)
                    .isBetween(0.0, 1.0);
        }
        String pages = page(PROSPECT, "/") + page(PROSPECT, "/about-us") + page(PROSPECT, "/careers") + page(PROSPECT, "/contact");
        for (String field : List.of("description", "city", "linkedinUrl")) {
            assertThat(pages).as("company." + field + " is on the site's pages").contains(company.get(field).asString());
        }

        // What the site does not say stays empty, and nothing claims a source that was not asked.
        assertThat(company.path("employeeCount").isNull() || company.path("employeeCount").isMissingNode()).isTrue();
        assertThat(company.path("latestFundingDate").isNull() || company.path("latestFundingDate").isMissingNode()).isTrue();
        assertThat(enriched.path("contact").path("emailVerified").isNull()
                || enriched.path("contact").path("emailVerified").isMissingNode()).isTrue();
        Set<String> sources = new LinkedHashSet<>();
        provenance.properties().forEach(entry -> {
            assertThat(entry.getKey()).as("no provenance for a field nobody supplied")
                    .isNotIn("company.employeeCount", "company.latestFundingDate", "contact.emailVerified")
                    .doesNotStartWith("webPresence.");
            sources.add(entry.getValue().get("provider").asString());
        });
        assertThat(sources).as("without provider keys only the form and the website supply fields").containsOnly("form", "website");
        assertThat(provenance.path("contact.title").path("provider").asString()).isEqualTo("form");
        assertThat(enriched.get("totalCostMicros").asLong()).isZero();
    }

    @Test
    @Order(2)
    void aPlaybookOfTwoLocallyServedSitesShowsItsProgressQuotesTheirPagesAndExportsAsCsv() throws Exception {
        String member = token("owner@acme.test");
        HttpResponse<String> requested = send(post("/api/v1/playbooks",
                "{\"vendorDomain\":\"" + VENDOR + "\",\"prospectDomain\":\"" + PROSPECT + "\",\"force\":true}")
                .header("Authorization", "Bearer " + member));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String playbookId = JSON.readTree(requested.body()).get("playbookId").asString();
        String runId = JSON.readTree(requested.body()).get("run").get("id").asString();

        List<JsonNode> seen = new ArrayList<>();
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Awaitility.await("the playbook run finished").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    HttpResponse<String> run = send(get("/api/v1/playbooks/" + playbookId + "/runs/" + runId)
                            .header("Authorization", "Bearer " + member));
                    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
                    JsonNode node = JSON.readTree(run.body());
                    if (seen.isEmpty() || !same(seen.getLast(), node)) {
                        seen.add(node);
                    }
                    last.set(node);
                    return Set.of("succeeded", "failed").contains(node.get("status").asString());
                });
        List<String> progress = seen.stream().map(n -> n.get("status").asString() + " " + n.get("percentDone").asInt() + "% "
                + n.path("currentStep").asString("-")).toList();
        JsonNode run = last.get();
        System.out.println("[e2e] playbook run progress as polled: " + progress);
        System.out.println("[e2e] playbook run steps: " + run.get("steps"));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.get("percentDone").asInt()).isEqualTo(100);
        List<Integer> percents = seen.stream().map(n -> n.get("percentDone").asInt()).toList();
        assertThat(percents).as("percent done never goes back").isSorted();
        assertThat(seen).as("the run was seen unfinished before it completed: " + progress)
                .anyMatch(n -> Set.of("queued", "running").contains(n.get("status").asString()) && n.get("percentDone").asInt() < 100);
        assertThat(percents.stream().distinct().count()).as("progress rose in steps: " + progress).isGreaterThanOrEqualTo(2);
        List<JsonNode> steps = run.get("steps").valueStream().toList();
        assertThat(steps).extracting(s -> s.get("name").asString()).containsExactlyElementsOf(STEPS);
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.get("startedAt").isNull()).as(step.toString()).isFalse();
            assertThat(step.get("millis").asLong()).as(step.toString()).isNotNegative();
        });
        // every answer of the fixture sites takes 150 ms, as a real site would
        assertThat(steps.get(1).get("millis").asLong()).as("fetch_homepages took the sites' latency").isGreaterThanOrEqualTo(150);

        HttpResponse<String> ready = send(get("/api/v1/playbooks/" + playbookId).header("Authorization", "Bearer " + member));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode playbook = JSON.readTree(ready.body());
        assertThat(playbook.get("status").asString()).isEqualTo("ready");
        List<JsonNode> claims = playbook.get("research").get("claims").valueStream().toList();
        System.out.println("[e2e] playbook " + playbookId + ": " + claims.size() + " claims, confidence "
                + playbook.path("confidence") + ", personas " + playbook.path("personas").valueStream()
                .map(p -> p.path("key").asString(p.path("name").asString())).toList());
        assertThat(claims).as("claims quote the sites").isNotEmpty();
        assertThat(claims).anyMatch(c -> c.get("sourceUrl").asString().startsWith(SITES.get(VENDOR) + "/"));
        for (JsonNode claim : claims) {
            String sourceUrl = claim.get("sourceUrl").asString();
            assertThat(sourceUrl).as("a claim's page is one of the two sites, never a disallowed or legal page")
                    .satisfiesAnyOf(u -> assertThat(u).startsWith(SITES.get(VENDOR) + "/"), u -> assertThat(u).startsWith(SITES.get(PROSPECT) + "/"))
                    .doesNotContain("/internal/", "/privacy", "/terms");
            HttpResponse<String> source = HTTP.send(HttpRequest.newBuilder(URI.create(sourceUrl)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(source.statusCode()).as(sourceUrl).isEqualTo(200);
            String text = claim.get("text").asString();
            // verbatim in the page's text, or in the HTML itself when quoted from an attribute such as the meta description
            assertThat(visibleText(source.body()).contains(text.replaceAll("\\s+", " ").strip()) || source.body().contains(text))
                    .as("claim \"" + text + "\" quoted verbatim from " + sourceUrl).isTrue();
        }

        HttpResponse<String> export = send(get("/api/v1/playbooks/" + playbookId + "/export?format=csv")
                .header("Authorization", "Bearer " + member));
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.body()).startsWith("\uFEFF").endsWith("\r\n");
        List<List<String>> rows = parseCsv(export.body().substring(1));
        System.out.println("[e2e] CSV export: " + rows.size() + " records, header " + rows.getFirst());
        List<String> header = rows.getFirst();
        assertThat(header).startsWith("lead_id", "email", "first_name", "last_name", "company_name", "job_title", "persona_key");
        assertThat(rows).as("a header and one row per persona").hasSizeBetween(2, 4);
        assertThat(rows).allSatisfy(row -> assertThat(row).as("every record has the header's columns").hasSameSizeAs(header));
        List<String> cells = rows.stream().skip(1).flatMap(List::stream).toList();
        assertThat(cells).as("email bodies keep their line breaks inside one quoted cell").anyMatch(c -> c.contains("\n"));
        assertThat(cells).as("sentences keep their commas inside one quoted cell").anyMatch(c -> c.contains(","));
        assertThat(String.join(" ", cells)).as("the sequences speak of the vendor").contains("TradieFlow");
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.get("status").equals(b.get("status")) && a.get("percentDone").equals(b.get("percentDone"))
                && a.path("currentStep").equals(b.path("currentStep"));
    }

    /** The page as a reader sees it: tags and scripts gone, white space collapsed (no entities are used in the fixtures). */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static String page(String domain, String path) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(SITES.get(domain) + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(domain + path).isEqualTo(200);
        return page.body();
    }

    /** The value of the last record keyed by {@code key} on the topic, or null; read without a consumer group. */
    static JsonNode lastValue(String topic, String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", "localhost:9092",
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            AtomicReference<String> value = new AtomicReference<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        value.set(record.value());
                    }
                });
            }
            return value.get() == null ? null : JSON.readTree(value.get());
        }
    }

    /** RFC 4180: CRLF between records; a quoted field may hold commas, CR, LF and doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field.length()).as("a quote may only open a field, at " + i).isZero();
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR only as part of CRLF outside quotes, at " + i).isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare LF outside quotes, at " + i).isNotEqualTo('\n');
                field.append(c);
            }
            i++;
        }
        assertThat(quoted).as("every quoted field is closed").isFalse();
        assertThat(record).as("the last record ends with CRLF").isEmpty();
        return records;
    }
}
