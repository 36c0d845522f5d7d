package com.agencyos.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Kills and restarts the stack's processes by the pid files the launcher writes ({@code <home>/run/<component>.pid});
 * a start after a kill is {@code ./agency-os up --no-build --only <component>}, which waits until the component is
 * healthy; a rolling restart is {@code ./agency-os restart <service>}.
 */
final class Components {

    private final Path home;
    private final StackControl control;

    Components(Path home, StackControl control) {
        this.home = home;
        this.control = control;
    }

    /** SIGKILL, as a crashed host or the OOM killer would; waits until the process (and its children) are gone. */
    void kill(String component) throws IOException, InterruptedException {
        ProcessHandle process = running(component);
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        awaitExit(process, Duration.ofSeconds(30));
        for (ProcessHandle child : children) {
            awaitExit(child, Duration.ofSeconds(30));
        }
    }

    /** SIGTERM, as an orchestrator's rolling update does, then SIGKILL if it is still there after a minute. */
    void stop(String component) throws IOException, InterruptedException {
        ProcessHandle process = running(component);
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!awaitExit(process, Duration.ofSeconds(60))) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(30));
        }
        for (ProcessHandle child : children) {
            if (!awaitExit(child, Duration.ofSeconds(30))) {
                child.destroyForcibly();
            }
        }
    }

    /** Starts the component again and waits until the launcher says it is healthy. */
    void up(String component) throws IOException, InterruptedException {
        int exit = control.agencyOs(Duration.ofMinutes(5), "up", "--no-build", "--only", component);
        if (exit != 0) {
            // One more try: on a loaded machine a start can miss the launcher's health deadline.
            exit = control.agencyOs(Duration.ofMinutes(5), "up", "--no-build", "--only", component);
            if (exit != 0) {
                throw new IllegalStateException("./agency-os up --only " + component + " failed with exit code " + exit);
            }
        }
    }

    /**
     * A rolling restart as an orchestrator does it with a spare replica: {@code ./agency-os restart <service>} starts the
     * new instance beside the old one on the same port and stops the old one (SIGTERM) once the new one answers.
     */
    void rollingRestart(String service) throws IOException, InterruptedException {
        int exit = control.agencyOs(Duration.ofMinutes(6), "restart", service);
        if (exit != 0) {
            throw new IllegalStateException("./agency-os restart " + service + " failed with exit code " + exit
                    + " (see <home>/logs/chaos-launcher.log)");
        }
    }

    private ProcessHandle running(String component) throws IOException {
        Path pidFile = home.resolve("run").resolve(component + ".pid");
        if (!Files.exists(pidFile)) {
            throw new IllegalStateException("no pid file " + pidFile + ": is " + component + " running in this stack?");
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
