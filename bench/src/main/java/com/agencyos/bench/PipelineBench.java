package com.agencyos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import com.agencyos.bench.chaos.BenchTenants;
import com.agencyos.bench.chaos.BenchTenants.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running local stack the way a partner does: signed lead webhooks at fixed arrival rates (open loop, so
 * a slow answer cannot slow the arrivals and hide queueing), then follows each lead by id on {@code lead.scored} and
 * {@code touch.sent}. Baselines from the same run: the raw broker and PostgreSQL commits. The leads are spread round
 * robin over tenants provisioned for the run, as real load is: one tenant's lead pool and intake limit would otherwise
 * measure parking and refusals.
 */
final class PipelineBench {

    static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] TITLES = {"Managing Director", "CEO", "Head of Marketing", "Operations Manager", "CFO",
        "Founder", "Sales Director", "General Manager"};

    private PipelineBench() {
    }

    static void run(Map<String, String> options) throws Exception {
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        // Where partners' webhooks go: the gateway by default; webhook-ingest's own port to measure without it.
        String webhooks = options.getOrDefault("webhook-base", gateway);
        String jdbc = options.getOrDefault("postgres", "jdbc:postgresql://localhost:15432/postgres");
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int drain = Integer.parseInt(options.getOrDefault("drain-seconds", "60"));
        List<Integer> rates = List.of(options.getOrDefault("rates", "25,50,100").split(",")).stream().map(Integer::parseInt).toList();
        Path out = Path.of(options.getOrDefault("out", "bench/results/pipeline-" + Instant.now().toString().replace(':', '-') + ".json"));
        String tenantsOption = options.getOrDefault("tenants", "auto");
        Path home = Path.of(options.getOrDefault("home", System.getenv().getOrDefault("AGENCYOS_HOME", ".local")));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "loadAverageAtStart", load(),
                "startedAt", Instant.now().toString()));
        System.out.printf(Locale.ROOT, "Pipeline benchmark: rates %s leads/s, %d s each; %d cores, load %.2f%n", rates, seconds,
                Runtime.getRuntime().availableProcessors(), load());

        List<Tenant> tenants = tenants(tenantsOption, rates, seconds, gateway, options.getOrDefault("keycloak", "http://localhost:8180"),
                webhooks, home);
        report.put("tenants", Map.of("mode", tenantsOption, "count", tenants.size(), "ids", tenants.stream().map(Tenant::id).toList()));

        Map<String, Object> baselines = new LinkedHashMap<>();
        // What the stack burns with no lead arriving (pollers, relays, consumers' heartbeats): the floor under every rate.
        int idleSeconds = Integer.parseInt(options.getOrDefault("idle-seconds", "20"));
        ProcessUsage idle = ProcessUsage.start();
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(idleSeconds));
        baselines.put("idleProcesses", idle.finish());
        baselines.put("kafka", KafkaBaseline.measure(kafka, rates.getLast(), 10));
        baselines.put("postgres", PostgresBaseline.measure(jdbc, options.getOrDefault("db-user", "agencyos"),
                options.getOrDefault("db-password", "agencyos"), 5));
        report.put("baselines", baselines);

        List<Map<String, Object>> runs = new ArrayList<>();
        try (TopicFollower received = new TopicFollower(kafka, "form.received"); TopicFollower enriched = new TopicFollower(kafka, "lead.enriched");
                TopicFollower scored = new TopicFollower(kafka, "lead.scored"); TopicFollower touched = new TopicFollower(kafka, "touch.sent")) {
            for (int rate : rates) {
                Map<String, Object> run = runAt(webhooks, tenants, rate, seconds, drain, scored, touched);
                run.put("stagesMs", stages(run, received, enriched, scored, touched));
                runs.add(run);
            }
        }
        report.put("runs", runs);
        Integer sustained = runs.stream().filter(r -> Boolean.TRUE.equals(r.get("keptUp"))).map(r -> (Integer) r.get("rate"))
                .reduce((a, b) -> b).orElse(null);
        report.put("highestRateKeptUp", sustained);

        print(baselines, runs, sustained);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\nJSON: " + out);
    }

    /** {@code acme}: the demo tenant alone, as before; {@code auto} or a number: that many fresh tenants. */
    private static List<Tenant> tenants(String option, List<Integer> rates, int seconds, String gateway, String keycloak, String webhooks,
            Path home) throws Exception {
        if (option.equals("acme")) {
            Tenant acme = new Tenant(ACME, "owner@acme.test", null, webhookSecret(gateway, webhooks));
            System.out.println("Webhook secret created for Acme; the webhook accepts signed leads.");
            return List.of(acme);
        }
        int count = option.equals("auto") ? BenchTenants.autoCount(rates, seconds) : Integer.parseInt(option);
        if (count < 1) {
            throw new IllegalArgumentException("--tenants is auto, acme or a positive number, got " + option);
        }
        String runId = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf(Locale.ROOT, "Provisioning %d bench tenant(s) (run %s, secrets from %s)%n", count, runId, home.resolve("secrets.env"));
        long started = System.nanoTime();
        List<Tenant> tenants = new BenchTenants(gateway, keycloak, webhooks, home).provision(runId, count, 4);
        System.out.printf(Locale.ROOT, "%d tenant(s) accept signed leads after %.1f s; the highest rate gives each %.1f leads/s%n", count,
                (System.nanoTime() - started) / 1e9, rates.stream().mapToInt(Integer::intValue).max().orElse(0) / (double) count);
        return tenants;
    }

    private static Map<String, Object> runAt(String gateway, List<Tenant> tenants, int rate, int seconds, int drain, TopicFollower scored,
            TopicFollower touched) throws Exception {
        ProcessUsage usage = ProcessUsage.start();
        double loadAtStart = load();
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        List<Double> ackMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = lead(runId, rate, i);
            Tenant tenant = BenchTenants.forLead(tenants, i);
            HttpRequest request = BenchTenants.signedLead(gateway, tenant.id(), tenant.webhookSecret(), body);
            long sent = System.nanoTime();
            inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                // 200 is ingest recognising a submission it already holds: the gateway resent one whose answer was lost.
                if (error != null || response.statusCode() != 202 && response.statusCode() != 200) {
                    refused.incrementAndGet();
                    String reason = error != null ? rootCause(error).getClass().getSimpleName() : "HTTP " + response.statusCode();
                    failures.merge(reason, 1, Integer::sum);
                    return null;
                }
                ackMillis.add((System.nanoTime() - sent) / 1e6);
                acceptedAt.put(JSON.readTree(response.body()).get("leadId").asString(), System.currentTimeMillis());
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        long arrivalsEnded = System.currentTimeMillis();
        long deadline = arrivalsEnded + TimeUnit.SECONDS.toMillis(drain);
        while (System.currentTimeMillis() < deadline && !scored.sawAll(acceptedAt.keySet())) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        long scoredDrained = System.currentTimeMillis();
        // Touches follow scoring; give them a moment more if some are still on their way.
        while (System.currentTimeMillis() < deadline && touched.seen(acceptedAt.keySet()) < scored.seen(acceptedAt.keySet())) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        Map<String, Object> processes = usage.finish();

        List<Double> toScored = latencies(acceptedAt, scored);
        List<Double> toTouch = latencies(acceptedAt, touched);
        Stats ack = new Stats(ackMillis);
        Stats scoredStats = new Stats(toScored);
        Stats touchStats = new Stats(toTouch);
        int reachedScored = scored.seen(acceptedAt.keySet());
        boolean keptUp = reachedScored >= acceptedAt.size() * 0.999 && refused.get() == 0
                && scoredDrained - arrivalsEnded < TimeUnit.SECONDS.toMillis(10);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rate", rate);
        result.put("tenants", tenants.size());
        result.put("perTenantRate", rate / (double) tenants.size());
        result.put("sent", total);
        result.put("accepted", acceptedAt.size());
        result.put("refusedOrFailed", refused.get());
        result.put("failures", failures);
        result.put("ackMs", Map.of("p50", ack.percentile(50), "p99", ack.percentile(99)));
        result.put("reachedLeadScored", reachedScored);
        result.put("toLeadScoredMs", Map.of("p50", scoredStats.percentile(50), "p99", scoredStats.percentile(99)));
        result.put("reachedTouchSent", touched.seen(acceptedAt.keySet()));
        result.put("toTouchSentMs", Map.of("p50", touchStats.percentile(50), "p99", touchStats.percentile(99)));
        result.put("scoredDrainedSecondsAfterLastArrival", (scoredDrained - arrivalsEnded) / 1000.0);
        result.put("keptUp", keptUp);
        result.put("loadAverage", Map.of("atStart", loadAtStart, "atEnd", load()));
        result.put("processes", processes);
        result.put("acceptedAtByLead", acceptedAt);
        System.out.printf(Locale.ROOT, "  %4d leads/s over %d tenant(s), %.1f each: accepted %d/%d, ack p50 %.1f ms p99 %.1f ms, lead.scored %d (p99 %.0f ms), touch.sent %d (p99 %.0f ms)%s%n",
                rate, tenants.size(), rate / (double) tenants.size(), acceptedAt.size(), total, ack.percentile(50), ack.percentile(99), reachedScored, scoredStats.percentile(99),
                touched.seen(acceptedAt.keySet()), touchStats.percentile(99), keptUp ? ", kept up" : ", fell behind " + failures);
        System.out.printf(Locale.ROOT, "        load average %.1f at start, %.1f at end%n", loadAtStart, load());
        return result;
    }

    /**
     * Where the end-to-end time goes, per lead, from the records' timestamps (set when each service's outbox relay
     * sent them): ingest's relay, enrichment, scoring, then playbook and outreach together.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> stages(Map<String, Object> run, TopicFollower received, TopicFollower enriched,
            TopicFollower scored, TopicFollower touched) {
        Map<String, Long> acceptedAt = (Map<String, Long>) run.remove("acceptedAtByLead");
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("ackToFormReceived", stage(acceptedAt, null, received));
        stages.put("formReceivedToLeadEnriched", stage(acceptedAt, received, enriched));
        stages.put("leadEnrichedToLeadScored", stage(acceptedAt, enriched, scored));
        stages.put("leadScoredToTouchSent", stage(acceptedAt, scored, touched));
        System.out.print("        stages p50/p99 ms:");
        stages.forEach((name, figures) -> System.out.printf(Locale.ROOT, " %s %.0f/%.0f", name, ((Map<String, Double>) figures).get("p50"),
                ((Map<String, Double>) figures).get("p99")));
        System.out.println();
        return stages;
    }

    private static Map<String, Double> stage(Map<String, Long> acceptedAt, TopicFollower from, TopicFollower to) {
        List<Double> values = new ArrayList<>();
        acceptedAt.forEach((lead, at) -> {
            Long start = from == null ? at : from.firstTimestamp(lead);
            Long end = to.firstTimestamp(lead);
            if (start != null && end != null) {
                values.add((double) Math.max(0, end - start));
            }
        });
        Stats stats = new Stats(values);
        return Map.of("p50", stats.percentile(50), "p99", stats.percentile(99));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static List<Double> latencies(Map<String, Long> acceptedAt, TopicFollower topic) {
        List<Double> values = new ArrayList<>();
        acceptedAt.forEach((lead, at) -> {
            Long seen = topic.firstTimestamp(lead);
            if (seen != null) {
                values.add((double) Math.max(0, seen - at));
            }
        });
        return values;
    }

    private static String lead(String runId, int rate, int index) {
        String company = "bench" + runId + "-" + rate + "-" + (index % 500);
        return "{\"email\":\"lead" + index + "." + runId + "." + rate + "@" + company + ".com.au\",\"firstName\":\"Bench\",\"lastName\":\"Lead"
                + index + "\",\"title\":\"" + TITLES[index % TITLES.length] + "\",\"companyName\":\"Bench Co " + (index % 500)
                + "\",\"website\":\"https://" + company + ".com.au\",\"country\":\"AU\",\"industry\":\"Retail\",\"employeeCount\":"
                + (20 + index % 180) + "}";
    }

    /** A fresh webhook secret for Acme, and a wait until webhook-ingest has it (it travels as an event). */
    private static String webhookSecret(String gateway, String webhooks) throws Exception {
        String token = token("owner@acme.test");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/tenants/me/webhook-secrets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("creating a webhook secret answered " + created.statusCode() + ": " + created.body());
        }
        String secret = JSON.readTree(created.body()).get("secret").asString();
        BenchTenants.awaitAccepted(webhooks, ACME, secret);
        return secret;
    }

    static String token(String user) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("./agency-os", "token", user).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || out.isEmpty()) {
            throw new IllegalStateException("./agency-os token " + user + " failed; is the stack up? (run from the repository root)");
        }
        String[] lines = out.split("\n");
        return lines[lines.length - 1].trim();
    }

    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> baselines, List<Map<String, Object>> runs, Integer sustained) {
        Map<String, Object> kafka = (Map<String, Object>) baselines.get("kafka");
        Map<String, Object> pg = (Map<String, Object>) baselines.get("postgres");
        System.out.println("\nBaselines (same run)");
        System.out.printf(Locale.ROOT, "  raw Kafka at %s rec/s: p50 %.1f ms, p99 %.1f ms; unthrottled %.0f records/s%n", kafka.get("rate"),
                kafka.get("p50Ms"), kafka.get("p99Ms"), kafka.get("maxRecordsPerSecond"));
        System.out.printf(Locale.ROOT, "  PostgreSQL: %.0f single-row commits/s on one connection%n", pg.get("commitsPerSecond"));
        System.out.println("  idle stack, no lead arriving (CPU % of one core, resident memory MB):");
        ((Map<String, Object>) baselines.get("idleProcesses")).forEach((name, figures) -> System.out.println("    " + name + ": " + figures));
        System.out.println("\nrate/s  tenants  per tenant/s  accepted  ack p50  ack p99  scored  to-scored p50  p99    touched  to-touch p50  p99    kept up");
        for (Map<String, Object> run : runs) {
            Map<String, Object> ack = (Map<String, Object>) run.get("ackMs");
            Map<String, Object> sc = (Map<String, Object>) run.get("toLeadScoredMs");
            Map<String, Object> to = (Map<String, Object>) run.get("toTouchSentMs");
            System.out.printf(Locale.ROOT, "%6d  %7d  %12.1f  %8d  %7.1f  %7.1f  %6d  %13.0f  %6.0f  %7d  %12.0f  %6.0f  %s%n", run.get("rate"), run.get("tenants"), run.get("perTenantRate"), run.get("accepted"),
                    ack.get("p50"), ack.get("p99"), run.get("reachedLeadScored"), sc.get("p50"), sc.get("p99"), run.get("reachedTouchSent"),
                    to.get("p50"), to.get("p99"), run.get("keptUp"));
        }
        System.out.println("(latencies in ms; to-scored and to-touch are from the webhook's 202 to the record's timestamp on the topic)");
        System.out.println("Highest arrival rate kept up: " + (sustained == null ? "none of those tried" : sustained + " leads/s"));
        Map<String, Object> last = runs.getLast();
        System.out.println("\nProcesses during the " + last.get("rate") + " leads/s run (CPU % of one core, resident memory MB):");
        ((Map<String, Object>) last.get("processes")).forEach((name, figures) -> System.out.println("  " + name + ": " + figures));
    }
}
