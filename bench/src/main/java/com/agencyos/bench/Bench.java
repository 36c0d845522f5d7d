package com.agencyos.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code java -jar bench/target/bench.jar pipeline|chaos [--name=value ...]}: see bench/README.md. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        com.agencyos.bench.chaos.Chaos.partnersRetryOnStaleConnections();
        if (args.length > 0 && args[0].equals("chaos")) {
            com.agencyos.bench.chaos.Chaos.main(args);
            return;
        }
        if (args.length == 0 || !args[0].equals("pipeline")) {
            System.err.println("usage: java -jar bench/target/bench.jar pipeline [--rates=50,100,200,300] [--seconds=30] ...");
            System.err.println("       java -jar bench/target/bench.jar chaos [--short] [--leads=10000 --rate=15] [--home=.local]");
            System.exit(2);
        }
        PipelineBench.run(options(Arrays.copyOfRange(args, 1, args.length)));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
