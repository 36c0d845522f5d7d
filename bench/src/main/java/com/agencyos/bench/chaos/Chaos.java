package com.agencyos.bench.chaos;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code java -jar bench/target/bench.jar chaos [--leads=10000 --rate=15 --home=.local --short=true ...]}: see
 * bench/README.md. Returns (and exits with) non-zero when an assertion fails.
 */
public final class Chaos {

    /** Failed acknowledgements are expected while the components on the webhook's own path are down. */
    static final Set<String> ON_THE_WEBHOOK_PATH = Set.of("webhook-ingest", "gateway", "postgres");
    /**
     * How much longer than the unknown-type control record injected just before it on the same partition (skipped
     * without error) a poison record may take to be passed by a group: what the poison itself cost the partition,
     * whatever the group's lag.
     */
    static final Duration HOLD_BOUND = Duration.ofSeconds(10);

    private Chaos() {
    }

    public static void main(String[] args) throws Exception {
        partnersRetryOnStaleConnections();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("chaos")) {
                continue;
            }
            if (arg.equals("--short")) {
                options.put("short", "true");
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        ChaosOptions chaos = ChaosOptions.parse(options);
        Report report = run(chaos, StackControl.launcher(chaos.root(), chaos.home()), System.out);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    /** Before the first request of the JVM: see {@link SendingTenant#HTTP}. */
    public static void partnersRetryOnStaleConnections() {
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
    }

    /** The figures and the failed assertions of one run. */
    public record Report(Map<String, Object> figures, List<String> failures) {
    }

    public static Report run(ChaosOptions options, StackControl control, PrintStream out) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        figures.put("startedAt", Instant.now().toString());
        figures.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "loadAverageAtStart", load()));
        figures.put("options", Map.of("leads", options.leads(), "rate", options.rate(), "kills", options.kills(), "killKafka", options.killKafka(),
                "restartPostgres", options.restartPostgres(), "rolling", options.rolling(), "drainSeconds", options.drain().toSeconds(),
                "sendMail", options.sendMail(), "tenants", options.tenants()));
        out.printf(Locale.ROOT, "Chaos run %s: at least %d leads at %d/s; SIGKILL %s%s%s; rolling restart %s; load %.1f%n", runId, options.leads(),
                options.rate(), options.kills(), options.killKafka() ? " + kafka" : "", options.restartPostgres() ? "; postgres restart" : "",
                options.rolling(), load());

        Components components = new Components(options.home(), control);
        List<SendingTenant> tenants = tenants(options, runId, out);
        int disruptions = options.kills().size() + options.rolling().size() + (options.killKafka() ? 1 : 0) + (options.restartPostgres() ? 1 : 0);
        int expectedLeads = Math.max(options.leads(), options.rate() * (disruptions * 50 + 60));
        if (options.sendMail()) {
            for (SendingTenant tenant : tenants) {
                tenant.sendThroughSmtpSink(runId, expectedLeads / tenants.size() + 1);
            }
            out.println("Every tenant sends through the SMTP sink (" + tenants.size() + " × "
                    + ((expectedLeads / tenants.size() + 1) / SendingTenant.MAILS_PER_MAILBOX + 3) + " mailboxes).");
        }

        Map<String, Object> actions = new LinkedHashMap<>();
        AtomicBoolean disrupting = new AtomicBoolean(true);
        LeadStream stream = new LeadStream(tenants, runId, options.rate());
        Instant arrivalsStarted = Instant.now();
        try (Poison poison = new Poison(options.kafka(), runId)) {
            stream.start(options.leads(), disrupting::get);
            try {
                stream.phase("warm-up");
                pause(Duration.ofSeconds(15));
                stream.phase("poison");
                poison.inject();
                poison.awaitPassed(Duration.ofSeconds(90));
                out.println("Poison injected: " + poison.injected().size() + " records on " + Poison.TOPIC_TYPES.keySet());
                for (String service : options.kills()) {
                    actions.put("kill -9 " + service, act(out, stream, "kill -9 " + service, failures, () -> {
                        components.kill(service);
                        components.up(service);
                    }));
                }
                if (options.killKafka()) {
                    actions.put("kill -9 kafka", act(out, stream, "kill -9 kafka", failures, () -> {
                        components.kill("kafka");
                        components.up("kafka");
                    }));
                }
                if (options.restartPostgres()) {
                    actions.put("restart postgres", act(out, stream, "restart postgres", failures, () -> {
                        components.stop("postgres");
                        components.up("postgres");
                    }));
                }
                for (String service : options.rolling()) {
                    actions.put("rolling " + service, act(out, stream, "rolling " + service, failures,
                            () -> components.rollingRestart(service)));
                }
            } finally {
                disrupting.set(false);
                stream.phase("steady");
                stream.await();
            }
            Instant arrivalsEnded = Instant.now();
            out.printf(Locale.ROOT, "Arrivals over: %d sent, %d accepted in %d s; waiting up to %d s for quiescence%n", stream.sent(),
                    stream.accepted().size(), Duration.between(arrivalsStarted, arrivalsEnded).toSeconds(), options.drain().toSeconds());

            Outcome outcome = new Outcome(options);
            Outcome.Snapshot snapshot = outcome.read(stream.accepted().keySet());
            long deadline = System.nanoTime() + options.drain().toNanos();
            while (!snapshot.quiet() && System.nanoTime() < deadline) {
                pause(Duration.ofSeconds(5));
                snapshot = outcome.read(stream.accepted().keySet());
            }
            Duration quiescence = Duration.between(arrivalsEnded, Instant.now());
            Outcome.Snapshot last = snapshot;
            poison.recordDeadLetters();

            figures.put("runId", runId);
            figures.put("actions", actions);
            figures.put("leadsSent", stream.sent());
            figures.put("leadsAccepted", stream.accepted().size());
            figures.put("sentPerPhase", stream.sentPerPhase());
            figures.put("failedAcksPerPhase", stream.failed());
            figures.put("quiescenceSecondsAfterLastArrival", quiescence.toSeconds());
            figures.put("leadStates", snapshot.states());
            figures.put("lost", snapshot.lost());
            figures.put("stuck", last.stuck().stream().limit(50).map(id -> id + " " + last.leads().get(id).state()).toList());
            figures.put("duplicateTouchesInDatabase", snapshot.duplicateTouches());
            figures.put("unpublishedOutboxRows", snapshot.unpublishedOutbox());
            Map<String, Object> smtp = Map.of("checked", false);
            if (options.sendMail()) {
                try {
                    smtp = outcome.smtp(snapshot);
                } catch (java.io.IOException e) {
                    // Still report everything else: the sink's answer is one check among many.
                    failures.add("the SMTP sink could not be read: " + e);
                    smtp = Map.of("checked", false, "error", e.toString());
                }
            }
            figures.put("smtpSink", smtp);
            figures.put("poison", poisonFigures(poison));
            figures.put("goodEventsDeadLettered", poison.goodEventsDeadLettered().stream().map(Object::toString).toList());

            check(failures, snapshot, smtp, poison, stream, options);
        } finally {
            if (options.sendMail()) {
                for (SendingTenant tenant : tenants) {
                    try {
                        tenant.restoreDraftOnly();
                    } catch (Exception e) {
                        failures.add("could not put " + tenant.id() + " back in draft_only mode: " + e);
                    }
                }
            }
        }
        figures.put("failures", failures);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), SendingTenant.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        print(out, figures, failures);
        out.println("JSON: " + options.out());
        return new Report(figures, failures);
    }

    /** Acme with a fresh webhook secret, or {@code options.tenants()} tenants provisioned for this run. */
    private static List<SendingTenant> tenants(ChaosOptions options, String runId, PrintStream out) throws Exception {
        if (options.tenants() == 0) {
            SendingTenant acme = SendingTenant.acme(options);
            acme.webhookSecret();
            return List.of(acme);
        }
        List<SendingTenant> tenants = new ArrayList<>();
        for (BenchTenants.Tenant tenant : new BenchTenants(options.gateway(), options.keycloak(), options.gateway(), options.home())
                .provision(runId, options.tenants(), 4)) {
            tenants.add(SendingTenant.of(options, tenant));
        }
        out.println(tenants.size() + " tenants provisioned for the run; the leads go round-robin over them.");
        return tenants;
    }

    @FunctionalInterface
    private interface Disruption {
        void run() throws Exception;
    }

    private static Map<String, Object> act(PrintStream out, LeadStream stream, String name, List<String> failures, Disruption disruption) {
        stream.phase(name);
        long started = System.nanoTime();
        String error = null;
        try {
            disruption.run();
        } catch (Exception e) {
            error = e.toString();
            failures.add(name + ": " + e.getMessage());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "  %-26s %5.1f s%s%n", name, seconds, error == null ? "" : "  FAILED: " + error);
        stream.phase("after " + name);
        // Steady load between disruptions, so each one starts from a working pipeline.
        pause(Duration.ofSeconds(5));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", Math.round(seconds * 10) / 10.0);
        result.put("error", error);
        return result;
    }

    private static List<Map<String, Object>> poisonFigures(Poison poison) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Poison.Injected p : poison.injected()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("topic", p.topic());
            one.put("kind", p.kind().wire);
            one.put("partition", p.partition());
            one.put("offset", p.offset());
            Map<String, Long> held = new LinkedHashMap<>();
            p.groupsPast().forEach((group, at) -> held.put(group, Duration.between(p.at(), at).toMillis()));
            one.put("heldMsPerGroup", held);
            one.put("deadLetteredBy", p.deadLetteredBy());
            list.add(one);
        }
        return list;
    }

    private static void check(List<String> failures, Outcome.Snapshot snapshot, Map<String, Object> smtp, Poison poison, LeadStream stream,
            ChaosOptions options) {
        if (!snapshot.lost().isEmpty()) {
            failures.add(snapshot.lost().size() + " acknowledged leads lost (no receipt in ingest), e.g. " + snapshot.lost().getFirst());
        }
        if (!snapshot.stuck().isEmpty()) {
            String first = snapshot.stuck().getFirst();
            failures.add(snapshot.stuck().size() + " leads not in a terminal state after the drain, e.g. " + first + ": "
                    + snapshot.leads().get(first).state());
        }
        if (snapshot.duplicateTouches() > 0) {
            failures.add(snapshot.duplicateTouches() + " (lead, step) pairs with more than one touch");
        }
        snapshot.unpublishedOutbox().forEach((db, n) -> {
            if (n > 0) {
                failures.add(db + ": " + n + " outbox rows not published");
            }
        });
        for (String key : List.of("touchesWithMoreThanOneMessage", "sentWithoutMessage", "draftsThatWereMailed")) {
            Object found = smtp.get(key);
            if (found instanceof List<?> list && !list.isEmpty()) {
                failures.add("SMTP sink, " + key + ": " + list.size() + ", e.g. " + list.getFirst());
            }
        }
        if (!poison.goodEventsDeadLettered().isEmpty()) {
            failures.add(poison.goodEventsDeadLettered().size() + " records that are not the suite's poison reached a DLQ, e.g. "
                    + poison.goodEventsDeadLettered().getFirst());
        }
        for (Poison.Injected p : poison.injected()) {
            if (p.kind().mustDeadLetter && p.deadLetteredBy().isEmpty()) {
                failures.add(p.kind().wire + " poison on " + p.topic() + " reached no DLQ");
            }
            if (p.groupsPast().isEmpty()) {
                failures.add(p.kind().wire + " poison on " + p.topic() + "-" + p.partition() + ": no consumer group moved past it");
            }
            if (!p.kind().mustDeadLetter && !p.deadLetteredBy().isEmpty()) {
                failures.add("a record of an unknown type on " + p.topic() + " was dead-lettered (consumers must skip it): " + p.deadLetteredBy());
            }
            Poison.Injected control = poison.controlOf(p).orElse(p);
            p.groupsPast().forEach((group, at) -> {
                Instant controlPassed = control.groupsPast().get(group);
                Duration excess = controlPassed == null ? Duration.between(p.at(), at)
                        : Duration.between(p.at(), at).minus(Duration.between(control.at(), controlPassed));
                if (excess.compareTo(HOLD_BOUND) > 0) {
                    failures.add(p.kind().wire + " poison held " + p.topic() + "-" + p.partition() + " for " + group + " "
                            + excess.toMillis() + " ms longer than the control record");
                }
            });
        }
        stream.failed().forEach((phase, reasons) -> {
            int count = reasons.values().stream().mapToInt(Integer::intValue).sum();
            // A crash of a component on the webhook's own path may fail the acknowledgements in flight; a rolling
            // restart must not fail a single one.
            boolean expected = !phase.contains("rolling") && ON_THE_WEBHOOK_PATH.stream().anyMatch(phase::endsWith);
            if (!expected) {
                failures.add(count + " webhook acknowledgements failed during '" + phase + "': " + reasons);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintStream out, Map<String, Object> figures, List<String> failures) {
        out.println();
        out.println("phase                       sent  failed acks");
        Map<String, Integer> sent = (Map<String, Integer>) figures.getOrDefault("sentPerPhase", Map.of());
        Map<String, Map<String, Integer>> failed = (Map<String, Map<String, Integer>>) figures.getOrDefault("failedAcksPerPhase", Map.of());
        sent.forEach((phase, n) -> out.printf(Locale.ROOT, "%-26s %5d  %s%n", phase, n, failed.getOrDefault(phase, Map.of())));
        out.println("\nlead state (accepted leads)");
        ((Map<String, Integer>) figures.getOrDefault("leadStates", Map.of())).forEach((state, n) -> out.printf(Locale.ROOT, "  %6d  %s%n", n, state));
        out.println("outbox rows not published: " + figures.get("unpublishedOutboxRows"));
        out.println("duplicate touches (database): " + figures.get("duplicateTouchesInDatabase") + "; SMTP sink: " + figures.get("smtpSink"));
        out.println("\npoison (ms from injection until each group committed past it; the unknown-type record is the control)");
        for (Map<String, Object> p : (List<Map<String, Object>>) figures.getOrDefault("poison", List.of())) {
            out.printf(Locale.ROOT, "  %-14s %-16s p%s  %s; %s%n", p.get("topic"), p.get("kind"), p.get("partition"), p.get("heldMsPerGroup"),
                    p.get("deadLetteredBy"));
        }
        out.println("good events in a DLQ: " + figures.get("goodEventsDeadLettered"));
        out.println("quiescence after the last arrival: " + figures.get("quiescenceSecondsAfterLastArrival") + " s");
        out.println(failures.isEmpty() ? "\nALL CHECKS PASSED" : "\nFAILED CHECKS:\n  - " + String.join("\n  - ", failures));
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(duration.toMillis()));
    }

    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
