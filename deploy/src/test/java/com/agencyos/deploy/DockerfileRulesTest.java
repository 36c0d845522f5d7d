package com.agencyos.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileRulesTest {

    /** The layers Spring Boot's layertools writes, least changing first (the order the image copies them in). */
    static final List<String> BOOT_LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    private static final Pattern PINNED_IMAGE = Pattern.compile("[a-z0-9./-]+(:[0-9][A-Za-z0-9._-]*)?(@sha256:[0-9a-f]{64})?");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|api_?key|credential).*");
    private static final Pattern LAYER_COPY = Pattern.compile("--from=\\S+ /build/extracted/([a-z-]+)/ \\./");

    static Stream<ServiceModule> services() {
        return Repository.services().stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyStageStartsFromAPinnedTemurin21Image(ServiceModule service) {
        Dockerfile dockerfile = dockerfile(service);
        List<String> froms = dockerfile.all("FROM");
        assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
        for (String from : froms) {
            String image = from.split("\\s+")[0];
            Matcher pinned = PINNED_IMAGE.matcher(image);
            assertThat(pinned.matches() && (pinned.group(1) != null || pinned.group(2) != null))
                    .as("%s: %s is pinned by a version tag or a digest", service.name(), image).isTrue();
            assertThat(image).as(service.name()).startsWith("eclipse-temurin:21.").doesNotContain("latest");
        }
        assertThat(dockerfile.finalStage().all("FROM").getFirst()).as("the shipped stage needs no compiler").contains("-jre");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageRunsAsANumericNonRootUserFromTheEntrypointOn(ServiceModule service) {
        Dockerfile shipped = dockerfile(service).finalStage();
        List<String> users = shipped.all("USER");
        assertThat(users).as(service.name()).isNotEmpty();
        String user = users.getLast().split(":")[0];
        assertThat(user).as(service.name()).matches("\\d+").isNotEqualTo("0");
        assertThat(shipped.indexOf("USER")).isLessThan(shipped.indexOf("ENTRYPOINT"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void noSecretIsBakedIntoTheImage(ServiceModule service) {
        Dockerfile dockerfile = dockerfile(service);
        List<String> declared = new ArrayList<>(dockerfile.all("ARG"));
        for (String env : dockerfile.all("ENV")) {
            declared.addAll(List.of(env.split("\\s+(?=[A-Z_][A-Z0-9_]*=)")));
        }
        for (String declaration : declared) {
            String name = declaration.split("=", 2)[0].strip();
            assertThat(name).as("%s declares %s", service.name(), declaration).doesNotMatch(SECRET_NAME);
        }
        assertThat(Repository.read(service.dir().resolve("Dockerfile"))).doesNotContain("AGENCYOS_SECRETS_KEY").doesNotContain("DB_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theJarMavenBuildsIsExtractedIntoBootsLayersAndStartedByItsLauncher(ServiceModule service) {
        Dockerfile dockerfile = dockerfile(service);
        String jar = "target/" + jarName(service);
        assertThat(dockerfile.all("COPY")).as(service.name()).anyMatch(copy -> copy.startsWith(jar + " "));
        assertThat(dockerfile.all("RUN")).as(service.name())
                .anyMatch(run -> run.contains("-Djarmode=tools") && run.contains("extract --layers --launcher"));
        List<String> copied = new ArrayList<>();
        for (String copy : dockerfile.finalStage().all("COPY")) {
            Matcher layer = LAYER_COPY.matcher(copy);
            if (layer.find()) {
                copied.add(layer.group(1));
            }
        }
        assertThat(copied).as(service.name()).containsExactlyElementsOf(BOOT_LAYERS);
        assertThat(dockerfile.all("ENTRYPOINT")).containsExactly("[\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theLayersAndLauncherMatchTheJarTheBuildActuallyProduced(ServiceModule service) throws IOException {
        Path jar = service.dir().resolve("target").resolve(jarName(service));
        assumeTrue(Files.isRegularFile(jar), "package " + service.name() + " first to compare with its jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getEntry("org/springframework/boot/loader/launch/JarLauncher.class")).as(jar.toString()).isNotNull();
            try (InputStream index = file.getInputStream(file.getEntry("BOOT-INF/layers.idx"))) {
                List<String> layers = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> line.startsWith("- \""))
                        .map(line -> line.substring(3, line.lastIndexOf('"')))
                        .toList();
                assertThat(layers).as("layers.idx of " + jar).containsExactlyElementsOf(BOOT_LAYERS);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theOpenTelemetryAgentIsDownloadedAtAPinnedVersionAndAttached(ServiceModule service) {
        Dockerfile dockerfile = dockerfile(service);
        String add = dockerfile.all("ADD").stream().filter(line -> line.contains("opentelemetry-javaagent")).findFirst().orElseThrow();
        assertThat(add).as(service.name()).matches("--checksum=sha256:[0-9a-f]{64} https://repo1\\.maven\\.org/.*");
        String version = dockerfile.all("ARG").stream().filter(arg -> arg.startsWith("OTEL_AGENT_VERSION=")).findFirst().orElseThrow();
        assertThat(version).matches("OTEL_AGENT_VERSION=\\d+\\.\\d+\\.\\d+");
        String env = String.join(" ", dockerfile.finalStage().all("ENV"));
        assertThat(env).contains("-javaagent:/opt/otel/opentelemetry-javaagent.jar").contains("OTEL_SERVICE_NAME=" + service.name())
                .as("the agent must not overwrite the traceparent header the outbox relay sends").contains("OTEL_INSTRUMENTATION_KAFKA_ENABLED=false");
        assertThat(dockerfile.finalStage().all("COPY")).anyMatch(copy -> copy.endsWith(" /opt/otel/opentelemetry-javaagent.jar"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theHealthcheckAsksReadinessOnTheServicePortWithoutAJvmOrCurl(ServiceModule service) {
        Dockerfile shipped = dockerfile(service).finalStage();
        String healthcheck = String.join(" ", shipped.all("HEALTHCHECK"));
        assertThat(healthcheck).as(service.name()).contains("CMD").contains("/actuator/health/readiness").contains("/dev/tcp/127.0.0.1/$PORT")
                .doesNotContain("java ").doesNotContain("curl").doesNotContain("wget");
        assertThat(shipped.all("EXPOSE")).containsExactly(String.valueOf(service.port()));
        assertThat(String.join(" ", shipped.all("ENV"))).contains("PORT=" + service.port() + " ");
    }

    static Dockerfile dockerfile(ServiceModule service) {
        Path file = service.dir().resolve("Dockerfile");
        assertThat(file).as("every service has an image definition").isRegularFile();
        return Dockerfile.parse(file);
    }

    /** The jar name the module's pom gives Boot's repackaging. */
    static String jarName(ServiceModule service) {
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(Repository.read(service.dir().resolve("pom.xml")));
        String name = finalName.find() ? finalName.group(1) : service.name() + "-0.1.0-SNAPSHOT";
        return Map.of("${project.artifactId}", service.name()).getOrDefault(name, name) + ".jar";
    }
}
