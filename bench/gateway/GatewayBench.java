import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Gateway overhead and rate-limit behaviour against a running stack (`./agency-os up`), with real Keycloak tokens.
 *
 * <p>Overhead: the same authenticated GET, sent open-loop at a fixed rate straight to the owning service and
 * through the gateway, alternating sides run by run so both see the same machine. Both sides validate the JWT (the
 * gateway checks it, then the service checks it again), so the difference is what the gateway adds: its token
 * check, header hygiene, rate limiter, circuit breaker and one more HTTP hop. The rate stays under the tenant's
 * quota so no request is refused. Burst: far more concurrent requests than the bucket holds, from one tenant,
 * while another tenant keeps calling; then a sustained rate at twice the quota.
 *
 * <p>Run: {@code java bench/gateway/GatewayBench.java} (see bench/README.md for options).
 */
public final class GatewayBench {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String direct = options.getOrDefault("direct", "http://localhost:8081");
        String path = options.getOrDefault("path", "/api/v1/tenants/me");
        int rate = Integer.parseInt(options.getOrDefault("rate", "15"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        String userA = options.getOrDefault("user", "owner@acme.test");
        String userB = options.getOrDefault("other-user", "owner@globex.test");
        int burst = Integer.parseInt(options.getOrDefault("burst", "100"));
        int quota = Integer.parseInt(options.getOrDefault("quota-rps", "20"));

        System.out.printf(Locale.ROOT, "GET %s, %d requests per side per run at %d req/s open-loop, %d runs; cores %d, load %.2f%n",
                path, requests, rate, runs, Runtime.getRuntime().availableProcessors(), load());
        warmUp(gateway + path, direct + path, token(userA), rate);

        List<double[]> directRuns = new ArrayList<>();
        List<double[]> gatewayRuns = new ArrayList<>();
        System.out.println("run  side      median ms   p99 ms   non-200");
        for (int run = 1; run <= runs; run++) {
            String token = token(userA);
            boolean directFirst = run % 2 == 1;
            for (int side = 0; side < 2; side++) {
                boolean isDirect = (side == 0) == directFirst;
                Sample sample = paced((isDirect ? direct : gateway) + path, token, rate, requests);
                (isDirect ? directRuns : gatewayRuns).add(new double[] {sample.percentile(50), sample.percentile(99)});
                System.out.printf(Locale.ROOT, "%3d  %-8s %9.2f %8.2f %9d%n", run, isDirect ? "direct" : "gateway",
                        sample.percentile(50), sample.percentile(99), sample.failures);
            }
        }
        double directMedian = median(directRuns, 0);
        double directP99 = median(directRuns, 1);
        double gatewayMedian = median(gatewayRuns, 0);
        double gatewayP99 = median(gatewayRuns, 1);
        System.out.printf(Locale.ROOT, "%nmedian over %d runs     direct    gateway   gateway - direct   gateway / direct%n", runs);
        System.out.printf(Locale.ROOT, "  median latency   %8.2f ms %8.2f ms %12.2f ms %14.2f%n", directMedian, gatewayMedian,
                gatewayMedian - directMedian, gatewayMedian / directMedian);
        System.out.printf(Locale.ROOT, "  p99 latency      %8.2f ms %8.2f ms %12.2f ms %14.2f%n", directP99, gatewayP99,
                gatewayP99 - directP99, gatewayP99 / directP99);

        if (burst > 0) {
            burst(gateway + path, token(userA), token(userB), burst, quota);
        }
    }

    private static void warmUp(String gateway, String direct, String token, int rate) throws Exception {
        paced(direct, token, rate * 2, rate * 4);
        paced(gateway, token, rate, rate * 4);
    }

    /** Sends {@code count} requests at {@code rate} per second, each on its own schedule slot, and waits for all. */
    static Sample paced(String url, String token, int rate, int count) throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long sent = System.nanoTime();
            inFlight.add(CLIENT.sendAsync(get(url, token), HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    failures.incrementAndGet();
                } else {
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        return new Sample(new ArrayList<>(latencies), failures.get());
    }

    private static void burst(String url, String tokenA, String tokenB, int burst, int quota) throws Exception {
        // Let the bucket refill after the overhead runs, which stayed under the quota.
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));
        System.out.printf(Locale.ROOT, "%nBurst: %d concurrent requests from one tenant (quota %d req/s), while another tenant sends 10%n",
                burst, quota);
        List<CompletableFuture<HttpResponse<String>>> fired = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            fired.add(CLIENT.sendAsync(get(url, tokenA), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        List<CompletableFuture<HttpResponse<String>>> other = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            other.add(CLIENT.sendAsync(get(url, tokenB), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        List<Integer> retryAfter = new ArrayList<>();
        int problems = 0;
        for (var future : fired) {
            HttpResponse<String> response = future.get(1, TimeUnit.MINUTES);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 429) {
                response.headers().firstValue("Retry-After").map(Integer::parseInt).ifPresent(retryAfter::add);
                if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        && response.body().contains("\"status\":429")) {
                    problems++;
                }
            }
        }
        Map<Integer, Integer> otherStatuses = new HashMap<>();
        for (var future : other) {
            otherStatuses.merge(future.get(1, TimeUnit.MINUTES).statusCode(), 1, Integer::sum);
        }
        Collections.sort(retryAfter);
        System.out.printf(Locale.ROOT, "  bursting tenant: %s; 429s with a problem+json body: %d; Retry-After %s s%n", statuses, problems,
                retryAfter.isEmpty() ? "-" : retryAfter.getFirst() + ".." + retryAfter.getLast());
        System.out.printf(Locale.ROOT, "  other tenant meanwhile: %s%n", otherStatuses);

        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));
        int seconds = 10;
        Sample sustained = paced(url, tokenA, quota * 2, quota * 2 * seconds);
        int admitted = sustained.latencies.size();
        System.out.printf(Locale.ROOT, "Sustained %d req/s for %d s from one tenant: %d admitted (%.1f req/s), %d refused%n",
                quota * 2, seconds, admitted, admitted / (double) seconds, sustained.failures);
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static String token(String user) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("./agency-os", "token", user).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || out.isEmpty()) {
            throw new IllegalStateException("./agency-os token " + user + " failed; is the stack up?");
        }
        String[] lines = out.split("\n");
        return lines[lines.length - 1].trim();
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> values = new ArrayList<>(runs.stream().map(r -> r[index]).toList());
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    record Sample(List<Double> latencies, int failures) {
        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
        }
    }
}
