package com.agencyos.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile as its instructions: comments dropped and continuation lines joined.
 *
 * @param instructions keyword (upper case) and arguments, in order
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile parse(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Repository.read(file).split("\n", -1)) {
            String trimmed = line.strip();
            if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed.substring(0, trimmed.length() - 1).strip()).append(' ');
                continue;
            }
            pending.append(trimmed);
            String joined = pending.toString().strip();
            pending.setLength(0);
            int space = joined.indexOf(' ');
            instructions.add(new Instruction(joined.substring(0, space).toUpperCase(Locale.ROOT), joined.substring(space + 1).strip()));
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** Instructions of the last stage: the image that ships. */
    Dockerfile finalStage() {
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                lastFrom = i;
            }
        }
        return new Dockerfile(instructions.subList(lastFrom, instructions.size()));
    }

    int indexOf(String keyword) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals(keyword)) {
                return i;
            }
        }
        return -1;
    }
}
