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
        return familyCommandLineContains(process, marker);
    }

    /** Whether the process or one of its descendants has {@code text} on its command line. */
    public boolean familyCommandLineContains(ProcessHandle process, String text) {
        return proc.commandLine(process.pid()).contains(text)
                || process.descendants().anyMatch(child -> proc.commandLine(child.pid()).contains(text));
    }

    /** Whether the component's running JVM records a JDK AOT cache, which it writes on its way out. */
    public boolean recordsAotCache(String component, String marker) {
        return running(component, marker).map(p -> familyCommandLineContains(p, "-XX:AOTCacheOutput=")).orElse(false);
    }

    public void forget(String component) {
        try {
            Files.deleteIfExists(layout.pidFile(component));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Memory of a process and everything it started (Keycloak runs its JVM under kc.sh), in kB. */
    public long memoryKb(ProcessHandle process) {
        long total = proc.memoryKb(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            total += proc.memoryKb(child.pid());
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

        /**
         * Proportional set size: RSS with each shared page divided among the processes sharing it, so the
         * postgres server and its backends (all mapping the same shared buffers) add up to what they use.
         * Falls back to VmRSS where smaps_rollup cannot be read.
         */
        public long memoryKb(long pid) {
            Path dir = root.resolve(Long.toString(pid));
            long pss = field(dir.resolve("smaps_rollup"), "Pss:");
            return pss > 0 ? pss : field(dir.resolve("status"), "VmRSS:");
        }

        private static long field(Path file, String name) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith(name)) {
                        return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0;
            }
            return 0;
        }
    }
}
