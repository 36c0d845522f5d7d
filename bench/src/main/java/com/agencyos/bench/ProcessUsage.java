package com.agencyos.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the stack's processes, read from /proc (Linux): the JVMs by the
 * {@code -Dagencyos.component=<name>} marker the launcher puts on their command line, PostgreSQL by process name.
 */
final class ProcessUsage {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<Long, Long> ticksAtStart;
    private final long startedAt;

    private ProcessUsage(Map<Long, Long> ticksAtStart) {
        this.ticksAtStart = ticksAtStart;
        this.startedAt = System.nanoTime();
    }

    static ProcessUsage start() {
        return new ProcessUsage(sample().ticksByPid);
    }

    Map<String, Object> finish() {
        Sample now = sample();
        double wall = (System.nanoTime() - startedAt) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Long> used = new TreeMap<>();
        now.ticksByPid.forEach((pid, ticks) -> used.merge(now.names.get(pid), ticks - ticksAtStart.getOrDefault(pid, ticks), Long::sum));
        used.forEach((name, ticks) -> figures.put(name, Map.of(
                "cpuPercentOfOneCore", Math.round(ticks / TICKS_PER_SECOND / wall * 1000) / 10.0,
                "residentMb", now.rssKb.getOrDefault(name, 0L) / 1024)));
        return figures;
    }

    /** CPU ticks per process id (a process counts only if it lived through both samples), names, memory per name. */
    private record Sample(Map<Long, Long> ticksByPid, Map<Long, String> names, Map<String, Long> rssKb) {
    }

    private static Sample sample() {
        Map<Long, Long> ticks = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        Map<String, Long> rss = new TreeMap<>();
        if (!Files.isDirectory(Path.of("/proc"))) {
            return new Sample(ticks, names, rss);
        }
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(dir -> {
                try {
                    String name = component(dir);
                    if (name == null) {
                        return;
                    }
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(dir.getFileName().toString());
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    names.put(pid, name);
                    for (String line : Files.readAllLines(dir.resolve("status"))) {
                        if (line.startsWith("VmRSS:")) {
                            rss.merge(name, Long.parseLong(line.replaceAll("\\D", "")), Long::sum);
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            });
        } catch (IOException e) {
            return new Sample(ticks, names, rss);
        }
        return new Sample(ticks, names, rss);
    }

    private static String component(Path dir) throws IOException {
        String comm = Files.readString(dir.resolve("comm")).trim();
        if (comm.equals("postgres")) {
            return "postgres (all backends; shared memory counted per process)";
        }
        String cmdline = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
        for (String arg : List.of(cmdline.split("\0"))) {
            if (arg.startsWith("-Dagencyos.component=")) {
                return arg.substring("-Dagencyos.component=".length());
            }
        }
        return null;
    }
}
