package com.agencyos.localstack.component;

import com.agencyos.localstack.StackLayout;
import java.util.ArrayList;
import java.util.List;

/** Command lines for the JVMs the launcher starts from its own class path. */
final class JavaCommand {

    private JavaCommand() {
    }

    static String marker(String component) {
        return "-Dagencyos.component=" + component;
    }

    static List<String> infrastructure(StackLayout layout, String component, List<String> jvmOptions,
                                       String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(layout.java().toString());
        command.add(marker(component));
        command.addAll(jvmOptions);
        // A dynamic class-data archive per component, made at the first exit and refreshed when the jars
        // change: Kafka reaches its port in about 2 s instead of 4.
        command.add("-XX:+AutoCreateSharedArchive");
        command.add("-XX:SharedArchiveFile=" + layout.home().resolve("cache").resolve(component + ".jsa"));
        // A rebuilt launcher jar makes the archive stale: the JVM then rebuilds it, no need to log errors.
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-cp");
        command.add(layout.classpath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
