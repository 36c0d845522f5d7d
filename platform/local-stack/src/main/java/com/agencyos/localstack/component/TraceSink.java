package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.Http;
import com.agencyos.localstack.ProcessBook;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.StackLayout;
import com.agencyos.localstack.infra.TraceSinkMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code traces} component of {@code ./agency-os up --otel}: an OTLP/HTTP receiver keeping the spans the services'
 * OpenTelemetry agents export, listed as JSON. With it the services start with the agent attached.
 */
public final class TraceSink implements Component {

    public static final String NAME = "traces";
    public static final int PORT = 4318;
    public static final String ENDPOINT = "http://localhost:" + PORT;
    static final String AGENT_JAR = "opentelemetry-javaagent.jar";
    static final List<String> INSTRUMENTATIONS = List.of("OPENTELEMETRY_API", "OPENTELEMETRY_INSTRUMENTATION_API", "NETTY",
            "REACTOR_NETTY", "REACTOR", "SPRING_WEBFLUX");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tier tier() {
        return Tier.INFRASTRUCTURE;
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public String url() {
        return ENDPOINT + "/v1/traces  " + ENDPOINT + "/traces";
    }

    @Override
    public String marker() {
        return JavaCommand.marker(NAME);
    }

    /** Whether a traces component this stack started is still running: then {@code down} and {@code status} see it. */
    public static boolean running(StackLayout layout) {
        return new ProcessBook(layout).running(NAME, JavaCommand.marker(NAME)).isPresent();
    }

    @Override
    public void prepare(StackContext context) {
        Path agent = agentJar(context.layout());
        if (!Files.exists(agent)) {
            throw new IllegalStateException(agent + " is missing: run ./mvnw -B -q -pl platform/local-stack package");
        }
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        var layout = context.layout();
        return Optional.of(new ProcessSpec(
                JavaCommand.infrastructure(layout, NAME, List.of("-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow"),
                        TraceSinkMain.class.getName(), Integer.toString(PORT)),
                Map.of(), layout.home()));
    }

    @Override
    public boolean healthy(StackContext context) {
        return Http.ok(context.http(), ENDPOINT + "/traces");
    }

    /** The agent jar the local-stack build copies next to the launcher jar ({@code target/otel}). */
    public static Path agentJar(StackLayout layout) {
        return layout.root().resolve("platform/local-stack/target/otel").resolve(AGENT_JAR);
    }

    /** The JVM options that attach the agent to a service. */
    static List<String> agentOptions(StackLayout layout) {
        List<String> options = new ArrayList<>();
        options.add("-javaagent:" + agentJar(layout));
        return options;
    }

    /**
     * The agent's configuration for one service: what the images set (Kafka instrumentation off, because the platform
     * carries the trace context through the outbox itself), the SDK switched on and exporting here, quickly.
     */
    static Map<String, String> agentEnvironment(String serviceName) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OTEL_SDK_DISABLED", "false");
        env.put("OTEL_SERVICE_NAME", serviceName);
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", ENDPOINT);
        env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("OTEL_TRACES_EXPORTER", "otlp");
        env.put("OTEL_METRICS_EXPORTER", "none");
        env.put("OTEL_LOGS_EXPORTER", "none");
        env.put("OTEL_INSTRUMENTATION_KAFKA_ENABLED", "false");
        // The whole agent more than doubled the stack's start on two cores (91 s to 201 s): only what the trace of a
        // lead needs, the API bridge our spans go through and the HTTP server and client spans with their context.
        env.put("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false");
        for (String instrumentation : INSTRUMENTATIONS) {
            env.put("OTEL_INSTRUMENTATION_" + instrumentation + "_ENABLED", "true");
        }
        // A developer looks at a trace seconds after the request: export every second, not every five.
        env.put("OTEL_BSP_SCHEDULE_DELAY", "1000");
        return env;
    }
}
