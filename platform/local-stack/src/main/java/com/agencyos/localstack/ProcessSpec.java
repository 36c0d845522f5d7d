package com.agencyos.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to start a component's process: command, extra environment and working directory. */
public record ProcessSpec(List<String> command, Map<String, String> environment, Path workingDirectory) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
