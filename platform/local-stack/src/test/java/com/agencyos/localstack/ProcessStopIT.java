package com.agencyos.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProcessBook#stop} against real processes: polite first, forceful when ignored, nothing left over. */
class ProcessStopIT {

    @TempDir
    Path dir;

    @Test
    void aProcessThatHonoursSigtermStopsGracefully() throws IOException {
        Process sleeper = new ProcessBuilder("sleep", "60").start();

        boolean graceful = ProcessBook.stop(sleeper.toHandle(), Duration.ofSeconds(5));

        assertThat(graceful).isTrue();
        assertThat(sleeper.isAlive()).isFalse();
    }

    @Test
    void aProcessIgnoringSigtermIsKilledAfterTheGracePeriodWithItsChildren() throws IOException {
        Path ready = dir.resolve("ready");
        Process stubborn = new ProcessBuilder("sh", "-c",
                "trap '' TERM; sleep 60 & echo $! > " + ready + ".child; touch " + ready + "; wait").start();
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(ready));
        ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(Path.of(ready + ".child")).strip())).orElseThrow();

        boolean graceful = ProcessBook.stop(stubborn.toHandle(), Duration.ofMillis(500));

        assertThat(graceful).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> !stubborn.isAlive() && !child.isAlive());
    }

    @Test
    void setsidStartsTheProcessInASessionOfItsOwnUnderThePidTheLauncherRecords() throws Exception {
        StackLayout layout = new StackLayout(dir, dir, dir.resolve("kc"), java.util.Optional.empty(), Path.of("/jdk"), "");
        ProcessBook book = new ProcessBook(layout);
        Process process = new ProcessBuilder("setsid", "sh", "-c", "sleep 60 & wait", "-Dagencyos.component=probe")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        book.record("probe", process.pid());

        var running = book.running("probe", "-Dagencyos.component=probe");

        assertThat(running).map(ProcessHandle::pid).hasValue(process.pid());
        assertThat(sessionId(process.pid())).isEqualTo(process.pid());
        assertThat(ProcessBook.stop(running.orElseThrow(), Duration.ofSeconds(5))).isTrue();
        assertThat(book.running("probe", "-Dagencyos.component=probe")).isEmpty();
    }

    /** Field 6 of /proc/<pid>/stat; the command name in field 2 may hold spaces, so count from its end. */
    private static long sessionId(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
