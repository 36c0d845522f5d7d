package com.agencyos.localstack;

import com.agencyos.localstack.component.EmbeddedPostgres;
import com.agencyos.localstack.component.ExternalPostgres;
import com.agencyos.localstack.component.FixtureSites;
import com.agencyos.localstack.component.Kafka;
import com.agencyos.localstack.component.Keycloak;
import com.agencyos.localstack.component.Service;
import com.agencyos.localstack.component.ServiceCatalog;
import com.agencyos.localstack.component.SmtpSink;
import com.agencyos.localstack.component.TraceSink;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/** {@code up}, {@code restart}, {@code down} and {@code status} over the stack's components. */
public final class Stack {

    private static final Duration POLL = Duration.ofMillis(400);
    private static final int LOG_TAIL_LINES = 40;

    private final StackContext context;
    private final ProcessBook book;
    private final List<Component> components;
    private final Console console;

    public Stack(StackContext context, Console console) {
        this.context = context;
        this.book = new ProcessBook(context.layout());
        this.components = components(context.settings());
        this.console = console;
    }

    public static List<Component> components(Settings settings) {
        List<Component> all = new ArrayList<>();
        all.add(settings.externalDatabase().<Component>map(ExternalPostgres::new).orElseGet(EmbeddedPostgres::new));
        all.add(new Kafka());
        all.add(new SmtpSink());
        all.add(new FixtureSites());
        if (settings.otel()) {
            all.add(new TraceSink());
        }
        all.add(new Keycloak());
        for (ServiceCatalog.Entry entry : ServiceCatalog.SERVICES) {
            all.add(new Service(entry, ServiceCatalog.SERVICES));
        }
        return List.copyOf(all);
    }

    public List<Component> components() {
        return components;
    }

    /** {@code infra}, {@code all} or a comma-separated list of component names. */
    public List<Component> select(String only) {
        if (only == null || only.equals("all")) {
            return components;
        }
        if (only.equals("infra")) {
            return components.stream().filter(c -> c.tier() == Component.Tier.INFRASTRUCTURE).toList();
        }
        Set<String> names = Set.of(only.split(","));
        List<Component> selected = components.stream().filter(c -> names.contains(c.name())).toList();
        if (selected.size() != names.size()) {
            throw new IllegalArgumentException("unknown component in --only " + only + "; known: " + names());
        }
        return selected;
    }

    public Optional<Component> component(String name) {
        return components.stream().filter(c -> c.name().equals(name) || (c.name() + "-service").equals(name)).findFirst();
    }

    public List<String> names() {
        return components.stream().map(Component::name).toList();
    }

    // ---------------------------------------------------------------- up

    public int up(List<Component> selected) {
        StackLayout layout = context.layout();
        layout.createDirectories();
        Instant started = Instant.now();
        Instant deadline = started.plus(context.settings().upTimeout());
        console.line("Starting Agency OS (state in %s, timeout %d s)", layout.home(), context.settings().upTimeout().toSeconds());

        Map<String, Optional<ProcessHandle>> alreadyRunning = new LinkedHashMap<>();
        for (Component component : selected) {
            Optional<ProcessHandle> running = book.running(component.name(), component.marker());
            alreadyRunning.put(component.name(), running);
            if (running.isEmpty() && !component.external() && Http.portOpen(component.port())) {
                console.line("%s %s: port %d is already taken by a process this stack did not start "
                        + "(another stack, or a leftover: see ./agency-os status, ss -ltnp)", console.cross(),
                        component.name(), component.port());
                return 1;
            }
        }

        Map<String, CompletableFuture<Void>> healthy = new ConcurrentHashMap<>();
        selected.forEach(c -> healthy.put(c.name(), new CompletableFuture<>()));
        Map<String, String> failures = new ConcurrentHashMap<>();
        // Counted down by the first failure: every other wait ends early instead of running to the timeout.
        CountDownLatch aborted = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Component component : selected) {
                executor.submit(() -> {
                    try {
                        bringUp(component, alreadyRunning.get(component.name()), healthy, started, deadline, aborted);
                        healthy.get(component.name()).complete(null);
                    } catch (Exception e) {
                        synchronized (failures) {
                            if (aborted.getCount() > 0) {
                                failures.put(component.name(), e.getMessage() == null ? e.toString() : e.getMessage());
                                aborted.countDown();
                            }
                        }
                        healthy.get(component.name()).completeExceptionally(e);
                    }
                });
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach((name, reason) -> {
                console.line("%s %s: %s", console.cross(), name, reason);
                printLogTail(name);
            });
            console.line("Components that did start are left running: ./agency-os status, ./agency-os down");
            return 1;
        }
        if (selected.stream().map(Component::name).toList().containsAll(List.of("keycloak", "gateway", "tenant"))) {
            try {
                console.line("%s %s", console.tick(), DemoTenants.ensure(context, Duration.ofSeconds(90)));
            } catch (IOException e) {
                console.line("%s %s", console.cross(), e.getMessage());
                printLogTail("tenant");
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        console.line("Agency OS is up in %.1f s", seconds(started));
        printSummary(selected);
        return 0;
    }

    private void bringUp(Component component, Optional<ProcessHandle> alreadyRunning,
                         Map<String, CompletableFuture<Void>> healthy, Instant started, Instant deadline,
                         CountDownLatch aborted) throws Exception {
        for (String dependency : component.dependsOn()) {
            CompletableFuture<Void> dependencyHealthy = healthy.get(dependency);
            if (dependencyHealthy != null) {
                try {
                    dependencyHealthy.join();
                } catch (Exception e) {
                    throw new IllegalStateException("not started: " + dependency + " did not come up");
                }
            }
        }
        if (aborted.getCount() == 0) {
            throw new IllegalStateException("not started");
        }
        Optional<ProcessHandle> process = alreadyRunning;
        if (process.isPresent()) {
            console.line("  %s %-15s already running (pid %d)", console.ellipsis(), component.name(), process.get().pid());
        } else {
            component.prepare(context);
            component.slowStartNote(context).ifPresent(note ->
                    console.line("  %s %-15s %s", console.ellipsis(), component.name(), note));
            Optional<ProcessSpec> spec = component.processSpec(context);
            if (spec.isPresent()) {
                process = Optional.of(start(component.name(), spec.get()));
            }
        }
        do {
            if (component.healthy(context)) {
                console.line("  %s %-15s healthy after %5.1f s", console.tick(), component.name(), seconds(started));
                return;
            }
            if (process.isPresent() && !process.get().isAlive()) {
                throw new IllegalStateException("the process exited before it was healthy");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not healthy within " + context.settings().upTimeout().toSeconds()
                        + " s (AGENCYOS_UP_TIMEOUT)");
            }
        } while (!aborted.await(POLL.toMillis(), TimeUnit.MILLISECONDS));
        throw new IllegalStateException("stopped waiting: another component failed");
    }

    private ProcessHandle start(String name, ProcessSpec spec) throws IOException {
        ProcessHandle process = launch(name, spec, "up");
        book.record(name, process.pid());
        return process;
    }

    private ProcessHandle launch(String name, ProcessSpec spec, String why) throws IOException {
        Path log = context.layout().logFile(name);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "==== agency-os " + why + " " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " ====\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> command = new ArrayList<>();
        // A session of its own: the process outlives the launcher and ignores the terminal's Ctrl-C.
        command.add("setsid");
        command.addAll(spec.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JAVA_OPTS_APPEND");
        builder.environment().putAll(spec.environment());
        return builder.start().toHandle();
    }

    private void printSummary(List<Component> selected) {
        console.line("");
        console.line("%-15s %-56s %8s %8s", "component", "url", "pid", "memory");
        for (Component component : selected) {
            Optional<ProcessHandle> process = book.running(component.name(), component.marker());
            console.line("%-15s %-56s %8s %8s", component.name(), component.url(),
                    process.map(p -> Long.toString(p.pid())).orElse("-"),
                    process.map(p -> megabytes(memoryKb(component, p))).orElse("-"));
        }
        console.line("");
        console.line("Demo users (realm agency), password %s", context.secrets().get(Secrets.DEMO_PASSWORD));
        for (DemoUser user : DemoUser.ALL) {
            console.line("  %-22s %-15s %s", user.username(), user.role(), user.tenantName());
        }
        console.line("Keycloak admin console: http://localhost:%d/admin  (admin / %s)", Keycloak.PORT,
                context.secrets().get(Secrets.KEYCLOAK_ADMIN_PASSWORD));
        console.line("Secrets: %s", context.layout().secretsFile());
        console.line("Next: TOKEN=$(./agency-os token owner@acme.test)   ./agency-os demo   ./agency-os status   ./agency-os down");
    }

    // ---------------------------------------------------------------- restart

    /**
     * A rolling restart, one service at a time, during which the port never refuses a connection: the new instance
     * starts beside the running one on the same port (SO_REUSEPORT, platform-web's {@code PortSharing}); once it
     * answers there with its own pid, it takes over the pid file and the old instance is stopped with SIGTERM, which
     * finishes the requests it holds (graceful shutdown) and leaves its Kafka groups. That is what a Kubernetes rolling
     * update does with maxSurge 1 and maxUnavailable 0. If the new instance fails, the old one keeps serving.
     */
    public int restart(List<Component> selected) {
        for (Component component : selected) {
            if (!component.sharesPort()) {
                throw new IllegalArgumentException(component.name() + " runs as one process that cannot hand its port over; "
                        + "restart it with ./agency-os down and up");
            }
        }
        for (Component component : selected) {
            Optional<ProcessHandle> old = book.running(component.name(), component.marker());
            if (old.isEmpty()) {
                console.line("%s %s is not running: ./agency-os up --only %s", console.cross(), component.name(), component.name());
                return 1;
            }
            Instant began = Instant.now();
            try {
                ProcessHandle fresh = launch(component.name(), component.processSpec(context).orElseThrow(), "restart");
                Instant deadline = began.plus(context.settings().upTimeout());
                while (!component.answersFrom(fresh.pid())) {
                    if (!fresh.isAlive() || Instant.now().isAfter(deadline)) {
                        String why = fresh.isAlive() ? "did not answer within " + context.settings().upTimeout().toSeconds() + " s" : "exited";
                        ProcessBook.stop(fresh, Duration.ofSeconds(10));
                        console.line("%s %s: the new instance %s; pid %d keeps serving", console.cross(), component.name(), why,
                                old.get().pid());
                        printLogTail(component.name());
                        return 1;
                    }
                    LockSupport.parkNanos(POLL.toNanos());
                }
                book.record(component.name(), fresh.pid());
                console.line("  %s %-15s pid %d answers on :%d after %.1f s; stopping pid %d", console.tick(), component.name(),
                        fresh.pid(), component.port(), seconds(began), old.get().pid());
                boolean graceful = ProcessBook.stop(old.get(), component.stopGrace(context));
                console.line("  %s %-15s handed over in %.1f s (old instance %s)", console.tick(), component.name(), seconds(began),
                        graceful ? "stopped" : "killed (SIGKILL)");
            } catch (IOException e) {
                console.line("%s %s: %s", console.cross(), component.name(), e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- down

    public int down() {
        Instant started = Instant.now();
        List<Component> services = components.stream().filter(c -> c.tier() == Component.Tier.SERVICE).toList();
        List<Component> infrastructure = new ArrayList<>(
                components.stream().filter(c -> c.tier() == Component.Tier.INFRASTRUCTURE).toList());
        Collections.reverse(infrastructure);
        boolean anything = stopAll(services) | stopAll(infrastructure);
        stopOrphanedPostgresServer();
        console.line(anything ? "Agency OS stopped in %.1f s" : "Nothing was running (%.1f s)", seconds(started));
        return 0;
    }

    private boolean stopAll(List<Component> tier) {
        AtomicBoolean any = new AtomicBoolean();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Component component : tier) {
                executor.submit(() -> {
                    Optional<ProcessHandle> process = book.running(component.name(), component.marker());
                    if (process.isPresent()) {
                        any.set(true);
                        component.slowStopNote(context).ifPresent(note ->
                                console.line("  %s %-15s %s", console.ellipsis(), component.name(), note));
                        Instant begin = Instant.now();
                        boolean graceful = ProcessBook.stop(process.get(), component.stopGrace(context));
                        console.line("  %s %-15s %s after %.1f s", console.tick(), component.name(),
                                graceful ? "stopped" : "killed (SIGKILL)", seconds(begin));
                    }
                    book.forget(component.name());
                });
            }
        }
        return any.get();
    }

    /** The postmaster outlives its JVM if that JVM was killed; its own pid file still names it. */
    private void stopOrphanedPostgresServer() {
        Optional<ProcessHandle> postmaster = EmbeddedPostgres.postmaster(context.layout().dataDir("postgres"));
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            // SIGINT is PostgreSQL's "fast" shutdown; ProcessHandle can only send TERM or KILL.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).start().waitFor();
            postmaster.get().onExit().get(10, TimeUnit.SECONDS);
            console.line("  %s %-15s orphaned server stopped", console.tick(), "postgres");
        } catch (Exception e) {
            console.line("  %s postgres: could not stop the orphaned server %d: %s", console.cross(),
                    postmaster.get().pid(), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- status

    public int status() {
        Map<String, CompletableFuture<Boolean>> health = new LinkedHashMap<>();
        Map<String, Optional<ProcessHandle>> processes = new LinkedHashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Component component : components) {
                Optional<ProcessHandle> process = book.running(component.name(), component.marker());
                processes.put(component.name(), process);
                boolean check = process.isPresent() || component.external();
                health.put(component.name(), check
                        ? CompletableFuture.supplyAsync(() -> component.healthy(context), executor)
                        : CompletableFuture.completedFuture(false));
            }
        }
        console.line("%-15s %-8s %8s %-8s %6s %8s", "component", "state", "pid", "health", "port", "memory");
        boolean allHealthy = true;
        for (Component component : components) {
            Optional<ProcessHandle> process = processes.get(component.name());
            boolean external = component.external();
            boolean isHealthy = health.get(component.name()).join();
            allHealthy &= isHealthy;
            console.line("%-15s %-8s %8s %-8s %6d %8s", component.name(),
                    external ? "external" : process.isPresent() ? "running" : "stopped",
                    process.map(p -> Long.toString(p.pid())).orElse("-"),
                    isHealthy ? "healthy" : (process.isPresent() || external) ? "UNHEALTHY" : "-",
                    component.port(),
                    process.map(p -> megabytes(memoryKb(component, p))).orElse("-"));
        }
        return allHealthy ? 0 : 3;
    }

    // ---------------------------------------------------------------- logs

    public void printLogTail(String component) {
        Path log = context.layout().logFile(component);
        if (!Files.exists(log)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(log);
            console.line("---- last %d lines of %s ----", Math.min(LOG_TAIL_LINES, lines.size()), log);
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()).forEach(console::line);
            console.line("----");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long memoryKb(Component component, ProcessHandle process) {
        long kb = book.memoryKb(process);
        for (ProcessHandle companion : component.companions(context)) {
            kb += book.memoryKb(companion);
        }
        return kb;
    }

    private static String megabytes(long kb) {
        return String.format("%d MB", Math.round(kb / 1024.0));
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
