package com.agencyos.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessBookTest {

    @TempDir
    Path home;

    @TempDir
    Path fakeProc;

    private StackLayout layout;
    private final long ownPid = ProcessHandle.current().pid();

    @BeforeEach
    void layout() {
        layout = new StackLayout(home, home, home.resolve("keycloak"), Optional.empty(), Path.of("/jdk"), "");
    }

    @Test
    void remembersAndForgetsAComponentsPid() {
        ProcessBook book = new ProcessBook(layout, new ProcessBook.ProcFs(fakeProc));

        book.record("kafka", 4242);
        assertThat(book.recordedPid("kafka")).hasValue(4242);

        book.forget("kafka");
        assertThat(book.recordedPid("kafka")).isEmpty();
    }

    @Test
    void aLiveProcessCarryingTheMarkerIsRunning() throws IOException {
        fakeCommandLine(ownPid, "java", "-Dagencyos.component=kafka", "-cp", "x", "Main");
        ProcessBook book = new ProcessBook(layout, new ProcessBook.ProcFs(fakeProc));
        book.record("kafka", ownPid);

        assertThat(book.running("kafka", "-Dagencyos.component=kafka")).map(ProcessHandle::pid).hasValue(ownPid);
    }

    @Test
    void aReusedPidWithoutTheMarkerIsNotMistakenForTheComponent() throws IOException {
        fakeCommandLine(ownPid, "/usr/bin/vim", "notes.txt");
        ProcessBook book = new ProcessBook(layout, new ProcessBook.ProcFs(fakeProc));
        book.record("kafka", ownPid);

        assertThat(book.running("kafka", "-Dagencyos.component=kafka")).isEmpty();
    }

    @Test
    void aPidFileNamingADeadProcessIsNotRunning() {
        ProcessBook book = new ProcessBook(layout, new ProcessBook.ProcFs(fakeProc));
        book.record("kafka", Long.MAX_VALUE - 1);

        assertThat(book.running("kafka", "-Dagencyos.component=kafka")).isEmpty();
    }

    @Test
    void aGarbledPidFileReadsAsNoPid() throws IOException {
        Files.createDirectories(layout.pidFile("smtp").getParent());
        Files.writeString(layout.pidFile("smtp"), "not a pid");

        assertThat(new ProcessBook(layout, new ProcessBook.ProcFs(fakeProc)).recordedPid("smtp")).isEmpty();
    }

    @Test
    void residentMemoryComesFromVmRss() throws IOException {
        Path dir = Files.createDirectories(fakeProc.resolve("77"));
        Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  123456 kB\nThreads:\t40\n");

        assertThat(new ProcessBook.ProcFs(fakeProc).memoryKb(77)).isEqualTo(123456);
    }

    @Test
    void sharedPagesAreCountedProportionallyWhenTheKernelSaysHow() throws IOException {
        Path dir = Files.createDirectories(fakeProc.resolve("79"));
        Files.writeString(dir.resolve("status"), "VmRSS:\t  9000 kB\n");
        Files.writeString(dir.resolve("smaps_rollup"), "00400000-7ffd [rollup]\nRss:\t  9000 kB\nPss:\t  2500 kB\n");

        assertThat(new ProcessBook.ProcFs(fakeProc).memoryKb(79)).isEqualTo(2500);
    }

    @Test
    void aVanishedProcessHasNoMemory() {
        assertThat(new ProcessBook.ProcFs(fakeProc).memoryKb(78)).isZero();
    }

    private void fakeCommandLine(long pid, String... args) throws IOException {
        Path dir = Files.createDirectories(fakeProc.resolve(Long.toString(pid)));
        Files.writeString(dir.resolve("cmdline"), String.join("\0", args) + "\0");
    }
}
