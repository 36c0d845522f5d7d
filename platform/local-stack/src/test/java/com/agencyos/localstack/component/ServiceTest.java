package com.agencyos.localstack.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.localstack.Secrets;
import com.agencyos.localstack.Settings;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.StackLayout;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTest {

    @TempDir
    Path home;

    @Test
    void serviceGetsTheConventionalEnvironment() {
        Map<String, String> env = service("webhook-ingest").environment(context(Map.of()));

        assertThat(env)
                .containsEntry("SERVER_PORT", "8082")
                .containsEntry("DB_HOST", "localhost")
                .containsEntry("DB_PORT", "15432")
                .containsEntry("DB_NAME", "ingest")
                .containsEntry("DB_USER", "agencyos")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("OIDC_ISSUER_URI", "http://localhost:8180/realms/agency")
                .containsEntry("SMTP_PORT", "3025")
                .containsEntry("SERVICE_URL_WEBHOOK_INGEST", "http://localhost:8082")
                .containsEntry("AGENCYOS_WEB_REUSE_PORT", "true")
                .containsKey("AGENCYOS_SECRETS_KEY");
    }

    @Test
    void anInstanceIsKnownByThePidItNamesOnActuatorInfo() throws java.io.IOException {
        HttpServer info = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        info.createContext("/actuator/info", exchange -> {
            byte[] body = "{\"process\":{\"cpus\":2,\"pid\":4242,\"parentPid\":1}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        info.start();
        try {
            Service service = new Service(new ServiceCatalog.Entry("scoring", info.getAddress().getPort(), Optional.of("scoring")),
                    ServiceCatalog.SERVICES);

            assertThat(service.sharesPort()).isTrue();
            assertThat(service.answersFrom(4242)).isTrue();
            assertThat(service.answersFrom(424)).as("a prefix of the pid is another process").isFalse();
            assertThat(service.answersFrom(1)).as("the parent's pid is not the instance's").isFalse();
        } finally {
            info.stop(0);
        }
        assertThat(new Service(new ServiceCatalog.Entry("scoring", info.getAddress().getPort(), Optional.empty()), ServiceCatalog.SERVICES)
                .answersFrom(4242)).as("nothing listening").isFalse();
    }

    @Test
    void enrichmentAndPlaybookReadTheFixtureSitesDomainsFromTheSitesComponentAndNobodyElseIsTold() {
        assertThat(service("enrichment").environment(context(Map.of())))
                .containsEntry("SPRING_APPLICATION_JSON", FixtureSites.enrichmentOverridesJson())
                .doesNotContainKey("PLAYBOOK_SITE_OVERRIDES");
        assertThat(service("playbook").environment(context(Map.of())))
                .containsEntry("PLAYBOOK_SITE_OVERRIDES", FixtureSites.playbookOverrides())
                .doesNotContainKey("SPRING_APPLICATION_JSON");
        assertThat(service("scoring").environment(context(Map.of())))
                .doesNotContainKeys("SPRING_APPLICATION_JSON", "PLAYBOOK_SITE_OVERRIDES");
    }

    @Test
    void externalDatabaseHostAndPortReachTheServices() {
        Map<String, String> env = service("tenant").environment(context(Map.of(
                "AGENCYOS_EXTERNAL_DB", "jdbc:postgresql://db.example:6543/postgres")));

        assertThat(env).containsEntry("DB_HOST", "db.example").containsEntry("DB_PORT", "6543");
    }

    @Test
    void theGatewayHasNoDatabase() {
        assertThat(service("gateway").environment(context(Map.of()))).doesNotContainKey("DB_NAME");
    }

    @Test
    void serviceJvmFlagsCanBeOverridden() {
        var spec = service("scoring").processSpec(context(Map.of("AGENCYOS_JAVA_OPTS", "-Xmx1g"))).orElseThrow();

        assertThat(spec.command()).contains("-Xmx1g", "-Dagencyos.component=scoring").doesNotContain("-Xmx256m");
    }

    @Test
    void firstRunFromTheExtractedJarRecordsAnAotCache() {
        var spec = service("scoring").processSpec(context(Map.of())).orElseThrow();

        assertThat(spec.command()).contains("-XX:AOTCacheOutput=" + home.resolve("cache/scoring/app.aot"));
        assertThat(spec.command().getLast()).isEqualTo(home.resolve("cache/scoring/app/scoring-service.jar").toString());
    }

    @Test
    void laterRunsUseTheRecordedAotCache() throws java.io.IOException {
        java.nio.file.Files.createDirectories(home.resolve("cache/scoring"));
        java.nio.file.Files.writeString(home.resolve("cache/scoring/app.aot"), "cache");

        var spec = service("scoring").processSpec(context(Map.of())).orElseThrow();

        assertThat(spec.command()).contains("-XX:AOTCache=" + home.resolve("cache/scoring/app.aot"));
    }

    @Test
    void withoutTheAotCacheTheBuiltJarRunsAsIs() {
        var spec = service("scoring").processSpec(context(Map.of("AGENCYOS_SERVICE_AOT", "false"))).orElseThrow();

        assertThat(spec.command()).noneMatch(arg -> arg.startsWith("-XX:AOT"));
        assertThat(spec.command().getLast()).isEqualTo("/repo/scoring-service/target/scoring-service.jar");
    }

    @Test
    void withOtelEveryServiceStartsWithTheAgentExportingToTheTracesComponentAndWithoutItNothingChanges() {
        StackContext otel = context(Map.of("AGENCYOS_OTEL", "true", "AGENCYOS_SERVICE_AOT", "true"));
        assertThat(service("scoring").processSpec(otel).orElseThrow().command())
                .contains("-javaagent:/repo/platform/local-stack/target/otel/opentelemetry-javaagent.jar")
                .noneMatch(arg -> arg.startsWith("-XX:AOTCache"));
        assertThat(service("scoring").environment(otel))
                .containsEntry("OTEL_SERVICE_NAME", "scoring-service")
                .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4318")
                .containsEntry("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .containsEntry("OTEL_METRICS_EXPORTER", "none")
                .containsEntry("OTEL_LOGS_EXPORTER", "none")
                .containsEntry("OTEL_INSTRUMENTATION_KAFKA_ENABLED", "false")
                .containsEntry("OTEL_SDK_DISABLED", "false")
                .containsEntry("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false")
                .containsEntry("OTEL_INSTRUMENTATION_OPENTELEMETRY_API_ENABLED", "true")
                .containsEntry("OTEL_INSTRUMENTATION_NETTY_ENABLED", "true");

        StackContext plain = context(Map.of("AGENCYOS_SERVICE_AOT", "false"));
        assertThat(service("scoring").processSpec(plain).orElseThrow().command()).noneMatch(arg -> arg.startsWith("-javaagent"));
        assertThat(service("scoring").environment(plain).keySet()).noneMatch(key -> key.startsWith("OTEL_"));
    }

    @Test
    void everyServiceHasItsOwnPortAndDatabase() {
        assertThat(ServiceCatalog.SERVICES).extracting(ServiceCatalog.Entry::port).doesNotHaveDuplicates()
                .containsExactly(8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087);
        assertThat(ServiceCatalog.SERVICES).flatExtracting(e -> e.database().stream().toList()).doesNotHaveDuplicates()
                .hasSize(7);
    }

    private Service service(String name) {
        return new Service(ServiceCatalog.SERVICES.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(),
                ServiceCatalog.SERVICES);
    }

    private StackContext context(Map<String, String> env) {
        StackLayout layout = new StackLayout(Path.of("/repo"), home, home.resolve("kc"), Optional.empty(), Path.of("/jdk"), "");
        return new StackContext(layout, Settings.fromEnvironment(env), Secrets.loadOrCreate(home.resolve("secrets.env")), null);
    }
}
