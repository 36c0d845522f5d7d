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
        command.add("-cp");
        command.add(layout.classpath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
