package com.agencyos.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pid files under {@code run/}: which process belongs to which component. A pid only counts while the
 * process lives and its command line still carries the component's marker, so a pid reused by an
 * unrelated process after a reboot is never mistaken for ours (and never signalled).
 */
public final class ProcessBook {

    private final StackLayout layout;
    private final ProcFs proc;

    public ProcessBook(StackLayout layout) {
        this(layout, new ProcFs(Path.of("/proc")));
    }

    ProcessBook(StackLayout layout, ProcFs proc) {
        this.layout = layout;
        this.proc = proc;
    }

    public void record(String component, long pid) {
        Path file = layout.pidFile(component);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OptionalLong recordedPid(String component) {
        Path file = layout.pidFile(component);
        try {
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The live process of a component, if its pid file names one that still carries the marker on its own
     * command line or on a child's (a launcher script such as kc.sh execs itself and starts the JVM).
     */
    public Optional<ProcessHandle> running(String component, String marker) {
        OptionalLong pid = recordedPid(component);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(p -> carriesMarker(p, marker));
    }

    private boolean carriesMarker(ProcessHandle process, String marker) {
        return proc.commandLine(process.pid()).contains(marker)
                || process.descendants().anyMatch(child -> proc.commandLine(child.pid()).contains(marker));
    }

    public void forget(String component) {
        try {
            Files.deleteIfExists(layout.pidFile(component));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resident memory of a process and everything it started (Keycloak runs its JVM under kc.sh). */
    public long rssKb(ProcessHandle process) {
        long total = proc.rssKb(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            total += proc.rssKb(child.pid());
        }
        return total;
    }

    /**
     * SIGTERM, then up to {@code grace} for the process to leave, then SIGKILL for it and whatever it
     * started; the descendants are listed before the signal because they are re-parented once it dies.
     */
    public static boolean stop(ProcessHandle process, Duration grace) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        process.destroy();
        boolean graceful = exits(process, grace);
        if (!graceful) {
            process.destroyForcibly();
            exits(process, Duration.ofSeconds(10));
        }
        for (ProcessHandle member : family) {
            if (graceful) {
                member.destroy();
            } else {
                member.destroyForcibly();
            }
        }
        for (ProcessHandle member : family) {
            if (!exits(member, Duration.ofSeconds(5))) {
                member.destroyForcibly();
                exits(member, Duration.ofSeconds(5));
            }
        }
        return graceful;
    }

    private static boolean exits(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a process", e);
        }
    }

    /** The bits of {@code /proc} the launcher reads; a root other than {@code /proc} makes it testable. */
    public record ProcFs(Path root) {

        public String commandLine(long pid) {
            try {
                byte[] raw = Files.readAllBytes(root.resolve(Long.toString(pid)).resolve("cmdline"));
                return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
            } catch (IOException e) {
                return "";
            }
        }

        public long rssKb(long pid) {
            try {
                for (String line : Files.readAllLines(root.resolve(Long.toString(pid)).resolve("status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0;
            }
            return 0;
        }
    }
}
