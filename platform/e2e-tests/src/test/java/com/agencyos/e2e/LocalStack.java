package com.agencyos.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system as {@code ./agency-os up} starts it, shared by every end-to-end test class of the run: the first
 * {@link #shared()} starts it and {@link StackSession} stops it when the test run ends. When a stack already answers
 * on the gateway port (a developer's), the tests use it and leave it running; otherwise they start one in
 * {@code target/stack} and stop it afterwards.
 */
final class LocalStack {

    private static LocalStack shared;

    static final String GATEWAY = "http://localhost:8080";
    static final String KEYCLOAK = "http://localhost:8180";

    private final Path root;
    private final Path home;
    private final boolean ownStack;

    private LocalStack(Path root, Path home, boolean ownStack) {
        this.root = root;
        this.home = home;
        this.ownStack = ownStack;
    }

    /** The run's stack, started on first use. */
    static synchronized LocalStack shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** Stops the run's stack if this run started it; called once when the test run ends. */
    static synchronized void stopShared() throws IOException, InterruptedException {
        if (shared != null) {
            shared.stop();
            shared = null;
        }
    }

    Path root() {
        return root;
    }

    /** Whether this run started the stack (with every option the suites need) rather than found a developer's. */
    boolean startedByThisRun() {
        return ownStack;
    }

    Path home() {
        return home;
    }

    private static LocalStack start() throws IOException, InterruptedException {
        Path root = Path.of(System.getenv().getOrDefault("AGENCYOS_ROOT", "../..")).toAbsolutePath().normalize();
        if (answers(GATEWAY + "/actuator/health/readiness")) {
            Path home = Path.of(System.getenv().getOrDefault("AGENCYOS_HOME", root.resolve(".local").toString()));
            System.out.println("[e2e] using the stack already running (state in " + home + ")");
            return new LocalStack(root, home, false);
        }
        Path home = root.resolve("platform/e2e-tests/target/stack");
        LocalStack stack = new LocalStack(root, home, true);
        int exit = stack.agencyOs(Duration.ofMinutes(8), "up", "--no-build", "--otel");
        if (exit != 0) {
            stack.printLogTails();
            throw new IllegalStateException("./agency-os up failed with exit code " + exit);
        }
        return stack;
    }

    private void stop() throws IOException, InterruptedException {
        if (ownStack) {
            agencyOs(Duration.ofMinutes(2), "down");
        }
    }

    String demoPassword() throws IOException {
        return secrets().get("AGENCYOS_DEMO_PASSWORD");
    }

    Map<String, String> secrets() throws IOException {
        try (Stream<String> lines = Files.lines(home.resolve("secrets.env"))) {
            return lines.filter(l -> l.contains("=") && !l.startsWith("#"))
                    .map(l -> l.split("=", 2))
                    .collect(Collectors.toMap(kv -> kv[0].trim(), kv -> kv[1].trim().replaceAll("^\"|\"$", "")));
        }
    }

    void printLogTails() throws IOException {
        Path logs = home.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                System.out.println("[e2e] ---- " + log.getFileName() + " (last 30 lines)");
                lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(System.out::println);
            }
        }
    }

    int demo() throws IOException, InterruptedException {
        return agencyOs(Duration.ofMinutes(3), "demo");
    }

    /** Runs {@code ./agency-os <args>} against this stack's state directory; the exit code, -1 on timeout. */
    int agencyOs(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("agency-os").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        builder.environment().put("AGENCYOS_HOME", home.toString());
        // Start-up caches pay off over many starts; a test stack starts once and would spend minutes writing them.
        builder.environment().putIfAbsent("AGENCYOS_SERVICE_AOT", "false");
        builder.environment().putIfAbsent("AGENCYOS_KEYCLOAK_AOT", "false");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
