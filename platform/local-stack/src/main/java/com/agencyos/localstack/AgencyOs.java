package com.agencyos.localstack;

import com.agencyos.localstack.component.TraceSink;
import com.agencyos.localstack.demo.Demo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entry point of {@code ./agency-os}: the whole system on one machine, without Docker. */
public final class AgencyOs {

    static final String USAGE = """
            usage: ./agency-os [--build|--no-build] <command>

              up [--only infra|<name,...>] [--otel]   start the stack (idempotent) and wait until healthy;
                                                      --otel: services with the OpenTelemetry agent, spans in `traces`
              down                                    stop services, then infrastructure
              restart <service,...>                   rolling restart, one at a time: the new instance starts beside
                                                      the old on the same port, the old leaves once the new answers
              status                                  state, pid, health, port and memory per component
              token <user>                            print an access token (password grant, agency-cli)
              demo                                    push five signed leads through the pipeline
              logs <component>                        follow a component's log

            environment: AGENCYOS_HOME (state dir, default .local), AGENCYOS_UP_TIMEOUT (s, default 240),
            AGENCYOS_JAVA_OPTS (service JVM flags), AGENCYOS_EXTERNAL_DB(+_USER/_PASSWORD) (use your PostgreSQL),
            AGENCYOS_OTEL=true (as --otel)
            """;

    private AgencyOs() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        Console console = new Console(System.out);
        List<String> rest = new ArrayList<>(List.of(args));
        rest.removeIf(a -> a.equals("--build") || a.equals("--no-build"));
        boolean otel = rest.removeIf(a -> a.equals("--otel"));
        if (rest.isEmpty() || rest.getFirst().equals("help") || rest.getFirst().startsWith("-h")
                || rest.getFirst().equals("--help")) {
            System.out.print(USAGE);
            return rest.isEmpty() ? 2 : 0;
        }
        try {
            StackLayout layout = StackLayout.fromEnvironment(env);
            // A traces component left running by `up --otel` stays part of the stack for down and status.
            Settings settings = Settings.fromEnvironment(env).withOtel(otel || TraceSink.running(layout));
            String command = rest.removeFirst();
            return switch (command) {
                case "up" -> {
                    String only = option(rest, "--only");
                    layout.createDirectories();
                    Stack stack = stack(layout, settings, Secrets.loadOrCreate(layout.secretsFile()), console);
                    yield stack.up(stack.select(only));
                }
                case "restart" -> {
                    if (rest.size() != 1) {
                        throw new IllegalArgumentException("usage: ./agency-os restart <service,...>, e.g. gateway,webhook-ingest");
                    }
                    Stack stack = stack(layout, settings, Secrets.readIfPresent(layout.secretsFile()), console);
                    yield stack.restart(stack.select(rest.getFirst()));
                }
                case "down" -> stack(layout, settings, Secrets.readIfPresent(layout.secretsFile()), console).down();
                case "status" -> stack(layout, settings, Secrets.readIfPresent(layout.secretsFile()), console).status();
                case "token" -> token(layout, rest);
                case "demo" -> new Demo(StackContext.newHttpClient(), Secrets.readIfPresent(layout.secretsFile()), console).run();
                case "logs" -> logs(layout, settings, console, rest);
                default -> {
                    System.err.print("unknown command " + command + "\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("agency-os: " + e.getMessage());
            return 2;
        } catch (java.net.ConnectException e) {
            System.err.println("agency-os: nothing answers there (" + e + "): is the stack up? ./agency-os status");
            return 1;
        } catch (Exception e) {
            System.err.println("agency-os: " + (e instanceof java.io.IOException && e.getMessage() != null ? e.getMessage() : e));
            return 1;
        }
    }

    private static Stack stack(StackLayout layout, Settings settings, Secrets secrets, Console console) {
        return new Stack(new StackContext(layout, settings, secrets, StackContext.newHttpClient()), console);
    }

    private static int token(StackLayout layout, List<String> rest) throws Exception {
        if (rest.size() != 1) {
            throw new IllegalArgumentException("usage: ./agency-os token <user>, e.g. owner@acme.test");
        }
        if (!Files.exists(layout.secretsFile())) {
            throw new IllegalStateException("no " + layout.secretsFile() + " yet: run ./agency-os up first");
        }
        Secrets secrets = Secrets.readIfPresent(layout.secretsFile());
        System.out.println(new Tokens(StackContext.newHttpClient()).passwordGrant(rest.getFirst(),
                secrets.get(Secrets.DEMO_PASSWORD)));
        return 0;
    }

    private static int logs(StackLayout layout, Settings settings, Console console, List<String> rest) throws Exception {
        Stack stack = stack(layout, settings, Secrets.readIfPresent(layout.secretsFile()), console);
        if (rest.size() != 1 || stack.component(rest.getFirst()).isEmpty()) {
            throw new IllegalArgumentException("usage: ./agency-os logs <component>; components: " + stack.names());
        }
        Path log = layout.logFile(stack.component(rest.getFirst()).get().name());
        if (!Files.exists(log)) {
            throw new IllegalStateException("no log yet at " + log);
        }
        return new ProcessBuilder("tail", "-n", "100", "-F", log.toString()).inheritIO().start().waitFor();
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + args);
        }
        return null;
    }
}
