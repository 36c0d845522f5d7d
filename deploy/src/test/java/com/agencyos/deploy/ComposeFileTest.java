package com.agencyos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComposeFileTest {

    private static final Path COMPOSE = Repository.ROOT.resolve("docker-compose.yml");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|api_?key|credentials).*");

    private final Map<String, Object> compose = Repository.yamlMap(COMPOSE);
    private final Map<String, Object> services = Repository.map(compose.get("services"));

    static Stream<ServiceModule> modules() {
        return Repository.services().stream();
    }

    @Test
    void kafkaRunsInKraftModeWithoutZookeeper() {
        Map<String, Object> kafka = service("kafka");
        assertThat(Repository.text(kafka, "image")).startsWith("apache/kafka:");
        assertThat(Repository.text(kafka, "environment.KAFKA_PROCESS_ROLES")).contains("broker").contains("controller");
        assertThat(services.keySet()).noneMatch(name -> name.contains("zookeeper"));
    }

    @Test
    void postgresCreatesOneDatabasePerServiceWithTheInitScriptFromDeploy() {
        Map<String, Object> postgres = service("postgres");
        Set<String> databases = Set.of(Repository.text(postgres, "environment.AGENCYOS_DATABASES").split("\\s+"));
        Set<String> expected = Repository.services().stream().flatMap(module -> module.database().stream()).collect(Collectors.toSet());
        assertThat(databases).isEqualTo(expected);
        String mount = volumes(postgres).stream().filter(volume -> volume.contains("docker-entrypoint-initdb.d")).findFirst().orElseThrow();
        assertThat(Repository.ROOT.resolve(mount.split(":")[0]).normalize()).isRegularFile().startsWith(Repository.DEPLOY);
    }

    @Test
    void keycloakImportsTheRealmFromDeployKeycloak() {
        Map<String, Object> keycloak = service("keycloak");
        assertThat(Repository.list(keycloak.get("command"))).contains("--import-realm");
        assertThat(volumes(keycloak)).contains("./deploy/keycloak:/opt/keycloak/data/import:ro");
        String realm = Repository.read(Repository.DEPLOY.resolve("keycloak/agency-realm.json"));
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(realm);
        Set<String> environment = Repository.map(keycloak.get("environment")).keySet();
        while (placeholder.find()) {
            assertThat(environment).as("the realm's placeholder %s", placeholder.group(1)).contains(placeholder.group(1));
        }
    }

    @Test
    void redisAndAnSmtpSinkWithAWebUiAreThere() {
        assertThat(Repository.text(service("redis"), "image")).startsWith("redis:");
        assertThat(Repository.text(service("mailpit"), "image")).startsWith("axllent/mailpit:");
        assertThat(Repository.list(service("mailpit").get("ports"))).contains("8025:8025");
    }

    @Test
    void theTracingProfileAddsTheCollectorAndJaegerAndNothingElse() {
        Set<String> tracing = new TreeSet<>();
        services.forEach((name, definition) -> {
            if (Repository.list(Repository.map(definition).get("profiles")).contains("tracing")) {
                tracing.add(name);
            }
        });
        assertThat(tracing).containsExactly("jaeger", "otel-collector");
        String config = volumes(service("otel-collector")).getFirst().split(":")[0];
        Map<String, Object> collector = Repository.yamlMap(Repository.ROOT.resolve(config));
        assertThat(Repository.list(Repository.at(collector, "service.pipelines.traces.exporters"))).containsExactly("otlp/jaeger");
    }

    @Test
    void everyImagePulledIsPinnedAndEveryContainerHasAHealthcheck() {
        services.forEach((name, definition) -> {
            Map<String, Object> service = Repository.map(definition);
            String image = Repository.text(service, "image");
            assertThat(image).as(name).isNotNull().doesNotEndWith(":latest");
            if (!service.containsKey("build")) {
                assertThat(image).as(name).matches(".+:[v]?\\d[\\w.-]*");
            }
            assertThat(Repository.list(Repository.at(service, "healthcheck.test"))).as(name + " healthcheck").isNotEmpty();
        });
    }

    @Test
    void everyDependencyWaitsForAHealthyContainerThatRunsInTheSameProfiles() {
        services.forEach((name, definition) -> {
            Map<String, Object> service = Repository.map(definition);
            Repository.map(service.get("depends_on")).forEach((dependency, condition) -> {
                assertThat(Repository.text(Repository.map(condition), "condition")).as(name + " -> " + dependency).isEqualTo("service_healthy");
                Map<String, Object> target = service(dependency);
                assertThat(target.get("healthcheck")).as(dependency).isNotNull();
                assertThat(Repository.list(target.get("profiles"))).as(name + " needs " + dependency + " in every profile")
                        .isSubsetOf(Repository.list(service.get("profiles")));
            });
        });
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachServiceIsBuiltFromItsDockerfileAndStartsAfterItsInfrastructure(ServiceModule module) {
        Map<String, Object> service = service(module.name());
        assertThat(Repository.text(service, "build.context")).isEqualTo("./" + module.name());
        assertThat(Repository.text(service, "image")).startsWith(module.image() + ":");
        Set<String> dependencies = Repository.map(service.get("depends_on")).keySet();
        assertThat(dependencies).as(module.name()).contains("kafka", "keycloak");
        if (module.database().isPresent()) {
            assertThat(dependencies).as(module.name()).contains("postgres");
        }
        assertThat(String.join(" ", Repository.list(Repository.at(service, "healthcheck.test")).stream().map(String::valueOf).toList()))
                .contains("/actuator/health/readiness").contains("/dev/tcp/127.0.0.1/" + module.port());
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachServiceGetsExactlyTheEnvironmentItsConfigurationReads(ServiceModule module) {
        Set<String> set = Repository.map(service(module.name()).get("environment")).keySet();
        assertThat(EnvironmentRule.violations(module, set, "docker-compose.yml")).isEmpty();
    }

    @Test
    void onlyTheGatewayIsPublishedAmongTheServices() {
        List<String> published = new ArrayList<>();
        for (ServiceModule module : Repository.services()) {
            if (service(module.name()).containsKey("ports")) {
                published.add(module.name());
            }
        }
        assertThat(published).containsExactly("gateway-service");
    }

    @Test
    void secretsComeFromTheUsersEnvFileAndTheExampleShipsNone() {
        Set<String> required = new LinkedHashSet<>();
        services.forEach((name, definition) -> Repository.map(Repository.map(definition).get("environment")).forEach((variable, value) -> {
            String text = String.valueOf(value);
            if (SECRET_NAME.matcher(variable).matches() && !variable.startsWith("OTEL_")) {
                assertThat(text).as(name + " " + variable).startsWith("${").endsWith("}");
            }
            Matcher matcher = REQUIRED.matcher(text);
            while (matcher.find()) {
                required.add(matcher.group(1));
            }
        }));
        assertThat(required).contains("DB_PASSWORD", "AGENCYOS_SECRETS_KEY", "KEYCLOAK_ADMIN_PASSWORD");
        List<String> example = Repository.read(Repository.DEPLOY.resolve("compose.env.example")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Set<String> offered = new LinkedHashSet<>();
        for (String line : example) {
            String[] assignment = line.split("=", 2);
            assertThat(assignment[1]).as("compose.env.example must not carry a value for " + assignment[0]).isEmpty();
            offered.add(assignment[0]);
        }
        assertThat(offered).containsAll(required);
    }

    private Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml services").containsKey(name);
        return Repository.map(services.get(name));
    }

    private static List<String> volumes(Map<String, Object> service) {
        return Repository.list(service.get("volumes")).stream().map(String::valueOf).toList();
    }
}
