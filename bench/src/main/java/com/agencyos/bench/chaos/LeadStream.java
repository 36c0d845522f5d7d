package com.agencyos.bench.chaos;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Signed lead webhooks at a fixed arrival rate, open loop (a slow or failed answer never delays the next arrival),
 * remembering every lead acknowledged (202, or 200 for a resent submission) with the phase it was sent in, and every
 * failed acknowledgement under the disruption in progress when it failed.
 */
final class LeadStream {

    private static final String[] TITLES = {"Managing Director", "CEO", "Head of Marketing", "Operations Manager", "CFO",
        "Founder", "Sales Director", "General Manager"};

    private final List<SendingTenant> tenants;
    private final String runId;
    private final int rate;
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> failed = new ConcurrentHashMap<>();
    private final Map<String, Integer> sentPerPhase = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile String phase = "steady";
    private Thread thread;

    /** Lead {@code i} is tenant {@code i mod n}'s, so each of {@code n} tenants gets {@code rate / n} a second. */
    LeadStream(List<SendingTenant> tenants, String runId, int rate) {
        this.tenants = List.copyOf(tenants);
        this.runId = runId;
        this.rate = rate;
    }

    /** Sends until at least {@code minimum} leads went out and {@code goOn} says the disruptions are over. */
    void start(int minimum, BooleanSupplier goOn) {
        thread = Thread.ofPlatform().name("chaos-leads").start(() -> {
            List<CompletableFuture<?>> inFlight = new ArrayList<>();
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (int i = 0; i < minimum || goOn.getAsBoolean(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String during = phase;
                sent.incrementAndGet();
                sentPerPhase.merge(during, 1, Integer::sum);
                SendingTenant tenant = tenants.get(i % tenants.size());
                inFlight.add(SendingTenant.HTTP.sendAsync(tenant.signed(lead(i)), HttpResponse.BodyHandlers.ofString())
                        .handle((response, error) -> {
                            // 200 is ingest recognising a submission it already holds (the gateway resent one whose
                            // answer was lost): acknowledged, with the same lead id.
                            if (error == null && (response.statusCode() == 202 || response.statusCode() == 200)) {
                                accepted.put(SendingTenant.JSON.readTree(response.body()).get("leadId").asString(), during);
                            } else {
                                String reason = error != null ? rootCause(error).getClass().getSimpleName() : "HTTP " + response.statusCode();
                                // Counted under the disruption in progress when it failed: a request sent just before the
                                // gateway is killed fails with the gateway, however long it was in flight.
                                failed.computeIfAbsent(phase, p -> new ConcurrentHashMap<>()).merge(reason, 1, Integer::sum);
                            }
                            return null;
                        }));
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.MINUTES).exceptionally(e -> null).join();
        });
    }

    void phase(String name) {
        phase = name;
    }

    void await() throws InterruptedException {
        thread.join();
    }

    int sent() {
        return sent.get();
    }

    /** Lead id → the phase its webhook was acknowledged in. */
    Map<String, String> accepted() {
        return accepted;
    }

    /** Phase → failure reason → count. */
    Map<String, Map<String, Integer>> failed() {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        failed.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return copy;
    }

    Map<String, Integer> sentPerPhase() {
        return Map.copyOf(sentPerPhase);
    }

    private String lead(int index) {
        String company = "chaos" + runId + "-" + (index % 500);
        return "{\"email\":\"lead" + index + "." + runId + "@" + company + ".com.au\",\"firstName\":\"Chaos\",\"lastName\":\"Lead" + index
                + "\",\"title\":\"" + TITLES[index % TITLES.length] + "\",\"companyName\":\"Chaos Co " + (index % 500)
                + "\",\"website\":\"https://" + company + ".com.au\",\"country\":\"AU\",\"industry\":\"Retail\",\"employeeCount\":"
                + (20 + index % 180) + "}";
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
