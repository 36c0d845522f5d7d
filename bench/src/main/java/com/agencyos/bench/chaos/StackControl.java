package com.agencyos.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./agency-os <args>} against the stack under test; the exit code, -1 on timeout. */
@FunctionalInterface
public interface StackControl {

    int agencyOs(Duration timeout, String... args) throws IOException, InterruptedException;

    /** The repository's launcher with {@code AGENCYOS_HOME=home}; its output goes to {@code <home>/logs/chaos-launcher.log}. */
    static StackControl launcher(Path root, Path home) {
        return (timeout, args) -> {
            List<String> command = new ArrayList<>(List.of(root.resolve("agency-os").toString()));
            command.addAll(List.of(args));
            Path log = home.resolve("logs").resolve("chaos-launcher.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("AGENCYOS_HOME", home.toString());
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        };
    }
}
