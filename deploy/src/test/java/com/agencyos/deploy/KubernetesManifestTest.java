package com.agencyos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesManifestTest {

    private static final Path K8S = Repository.DEPLOY.resolve("k8s");
    private static final Path BASE = K8S.resolve("base");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|api_?key|credentials).*");
    private static final Pattern TOPIC_CELL = Pattern.compile("`([a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)`");

    private final List<Map<String, Object>> resources = baseResources();

    static Stream<ServiceModule> modules() {
        return Repository.services().stream();
    }

    @Test
    void theBaseKustomizationListsEveryManifestInItsTree() throws IOException {
        Set<Path> listed = Repository.list(Repository.yamlMap(BASE.resolve("kustomization.yaml")).get("resources")).stream()
                .map(entry -> BASE.resolve(String.valueOf(entry)).normalize()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(BASE)) {
            Set<Path> present = files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")).collect(Collectors.toSet());
            assertThat(listed).isEqualTo(present);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachOverlayBuildsOnTheBaseAndReferencesOnlyFilesThatExist(String overlay) {
        Path dir = K8S.resolve("overlays").resolve(overlay);
        Map<String, Object> kustomization = Repository.yamlMap(dir.resolve("kustomization.yaml"));
        assertThat(Repository.list(kustomization.get("resources"))).contains("../../base");
        for (Object resource : Repository.list(kustomization.get("resources"))) {
            assertThat(dir.resolve(String.valueOf(resource)).normalize()).exists();
        }
        assertThat(Repository.text(kustomization, "namespace")).isNotBlank();
        Set<String> images = Repository.maps(kustomization.get("images")).stream().map(image -> String.valueOf(image.get("name"))).collect(Collectors.toSet());
        assertThat(images).isEqualTo(Repository.services().stream().map(ServiceModule::image).collect(Collectors.toSet()));
        for (Map<String, Object> patch : Repository.maps(kustomization.get("patches"))) {
            assertThat(Repository.list(Repository.yaml(String.valueOf(patch.get("patch"))))).as("JSON 6902 patch").isNotEmpty();
        }
    }

    @Test
    void everyDeploymentHasProbesLimitsGracefulShutdownAndRunsAsNonRoot() {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments).hasSizeGreaterThan(Repository.services().size());
        for (Map<String, Object> deployment : deployments) {
            String name = Repository.text(deployment, "metadata.name");
            Map<String, Object> pod = Repository.map(Repository.at(deployment, "spec.template.spec"));
            assertThat(Repository.at(pod, "securityContext.runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(((Number) Repository.at(pod, "securityContext.runAsUser")).intValue()).as(name).isPositive();
            int grace = ((Number) pod.get("terminationGracePeriodSeconds")).intValue();
            for (Map<String, Object> container : Repository.maps(pod.get("containers"))) {
                assertThat(container.get("livenessProbe")).as(name + " liveness").isNotNull();
                assertThat(container.get("readinessProbe")).as(name + " readiness").isNotNull();
                for (String resource : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                    assertThat(Repository.at(Repository.map(container.get("resources")), resource)).as(name + " " + resource).isNotNull();
                }
                assertThat(Repository.at(container, "securityContext.allowPrivilegeEscalation")).as(name).isEqualTo(false);
                assertThat(Repository.list(Repository.at(container, "securityContext.capabilities.drop"))).as(name).contains("ALL");
                List<Object> preStop = Repository.list(Repository.at(container, "lifecycle.preStop.exec.command"));
                assertThat(preStop).as(name + " preStop").hasSize(2).first().isEqualTo("sleep");
                assertThat(grace).as(name + " grace outlasts the preStop delay").isGreaterThan(Integer.parseInt(String.valueOf(preStop.get(1))));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachServiceRunsReadOnlyWithActuatorProbesOnItsPort(ServiceModule module) {
        Map<String, Object> deployment = named("Deployment", module.name());
        Map<String, Object> pod = Repository.map(Repository.at(deployment, "spec.template.spec"));
        Map<String, Object> container = Repository.maps(pod.get("containers")).getFirst();
        assertThat(Repository.text(container, "image")).startsWith(module.image() + ":");
        assertThat(Repository.maps(container.get("ports")).getFirst().get("containerPort")).isEqualTo(module.port());
        assertThat(Repository.text(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Repository.text(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        assertThat(Repository.at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(Repository.maps(container.get("volumeMounts"))).anySatisfy(mount -> assertThat(mount.get("mountPath")).isEqualTo("/tmp"));
        String tmpVolume = Repository.maps(container.get("volumeMounts")).stream().filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .map(mount -> String.valueOf(mount.get("name"))).findFirst().orElseThrow();
        assertThat(Repository.maps(pod.get("volumes"))).anySatisfy(volume -> {
            assertThat(volume.get("name")).isEqualTo(tmpVolume);
            assertThat(volume).containsKey("emptyDir");
        });
        assertThat(Repository.text(named("Service", module.name()), "spec.ports")).contains(String.valueOf(module.port()));
        assertThat(Repository.at(named("PodDisruptionBudget", module.name()), "spec.selector.matchLabels"))
                .isEqualTo(Repository.at(deployment, "spec.selector.matchLabels"));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachServiceGetsExactlyTheEnvironmentItsConfigurationReadsAndSecretsOnlyByReference(ServiceModule module) {
        Map<String, Object> container = Repository.maps(Repository.at(named("Deployment", module.name()), "spec.template.spec.containers")).getFirst();
        Set<String> set = new LinkedHashSet<>();
        Set<String> configKeys = ofKind("ConfigMap").stream().flatMap(map -> Repository.map(map.get("data")).keySet().stream()).collect(Collectors.toSet());
        for (Map<String, Object> env : Repository.maps(container.get("env"))) {
            String name = String.valueOf(env.get("name"));
            set.add(name);
            if (SECRET_NAME.matcher(name).matches()) {
                assertThat(Repository.at(env, "valueFrom.secretKeyRef")).as(module.name() + " " + name + " comes from a Secret").isNotNull();
            }
            Object configKey = Repository.at(env, "valueFrom.configMapKeyRef.key");
            if (configKey != null) {
                assertThat(configKeys).as(module.name() + " " + name).contains(String.valueOf(configKey));
            }
        }
        assertThat(container).doesNotContainKey("envFrom");
        assertThat(EnvironmentRule.violations(module, set, "deploy/k8s")).isEmpty();
        module.database().ifPresent(database -> {
            Map<String, Object> cluster = named("Cluster", database + "-db");
            assertThat(Repository.text(cluster, "spec.bootstrap.initdb.database")).isEqualTo(database);
            assertThat(Repository.maps(container.get("env"))).anySatisfy(env -> {
                assertThat(env.get("name")).isEqualTo("DB_HOST");
                assertThat(env.get("value")).isEqualTo(database + "-db-rw");
            });
        });
    }

    @Test
    void noSecretValueIsCommitted() {
        assertThat(ofKind("Secret")).isEmpty();
    }

    @Test
    void theGatewayAndWebhookIngestScaleOnCpuWithOneAutoscalerPerDeployment() {
        Map<String, Object> gateway = named("HorizontalPodAutoscaler", "gateway-service");
        assertThat(Repository.text(gateway, "spec.scaleTargetRef.name")).isEqualTo("gateway-service");
        assertThat(Repository.text(gateway, "spec.metrics")).contains("cpu");
        boolean ingestHpa = ofKind("HorizontalPodAutoscaler").stream()
                .anyMatch(hpa -> "webhook-ingest-service".equals(Repository.text(hpa, "spec.scaleTargetRef.name")));
        boolean ingestCpuTrigger = Repository.maps(Repository.at(named("ScaledObject", "webhook-ingest-service"), "spec.triggers")).stream()
                .anyMatch(trigger -> "cpu".equals(trigger.get("type")));
        assertThat(ingestHpa || ingestCpuTrigger).isTrue();
        Set<String> hpaTargets = ofKind("HorizontalPodAutoscaler").stream().map(hpa -> Repository.text(hpa, "spec.scaleTargetRef.name")).collect(Collectors.toSet());
        Set<String> kedaTargets = ofKind("ScaledObject").stream().map(so -> Repository.text(so, "spec.scaleTargetRef.name")).collect(Collectors.toSet());
        assertThat(hpaTargets).as("KEDA creates its own HPA; two would fight").doesNotContainAnyElementsOf(kedaTargets);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachConsumerScalesOnTheLagOfEveryTopicItConsumesUpToThePartitionCount(ServiceModule module) {
        if (module.consumes().isEmpty()) {
            assertThat(ofKind("ScaledObject")).noneMatch(so -> module.name().equals(Repository.text(so, "metadata.name")));
            return;
        }
        Map<String, Object> scaledObject = named("ScaledObject", module.name());
        assertThat(Repository.text(scaledObject, "spec.scaleTargetRef.name")).isEqualTo(module.name());
        Set<String> lagTopics = new HashSet<>();
        for (Map<String, Object> trigger : Repository.maps(Repository.at(scaledObject, "spec.triggers"))) {
            if ("kafka".equals(trigger.get("type"))) {
                assertThat(Repository.text(trigger, "metadata.consumerGroup")).as("the group is spring.application.name").isEqualTo(module.name());
                lagTopics.add(Repository.text(trigger, "metadata.topic"));
            }
        }
        assertThat(lagTopics).containsExactlyInAnyOrderElementsOf(module.consumes());
        int maxReplicas = ((Number) Repository.at(scaledObject, "spec.maxReplicaCount")).intValue();
        Map<String, Integer> partitions = partitionsByTopic();
        for (String topic : lagTopics) {
            assertThat(partitions).as("KafkaTopic for " + topic).containsKey(topic);
            assertThat(maxReplicas).as(module.name() + " replicas beyond " + topic + "'s partitions would idle").isLessThanOrEqualTo(partitions.get(topic));
        }
        assertThat(((Number) Repository.at(scaledObject, "spec.minReplicaCount")).intValue()).isBetween(1, maxReplicas);
    }

    @Test
    void everyTopicTheServicesOrTheArchitectureNameHasAReplicatedKafkaTopicAndEveryConsumedOneADlq() {
        Set<String> expected = new LinkedHashSet<>();
        for (ServiceModule module : Repository.services()) {
            expected.addAll(module.publishes());
            expected.addAll(module.consumes());
            module.consumes().forEach(topic -> expected.add(topic + ".dlq"));
        }
        expected.addAll(architectureTopics());
        assertThat(partitionsByTopic().keySet()).containsAll(expected);
        for (Map<String, Object> topic : ofKind("KafkaTopic")) {
            String name = Repository.text(topic, "spec.topicName");
            assertThat(Repository.at(topic, "spec.replicas")).as(name).isEqualTo(3);
            assertThat(Repository.map(Repository.at(topic, "spec.config")).get("min.insync.replicas")).as(name).isEqualTo(2);
            assertThat(Repository.text(topic, "metadata.labels")).contains("strimzi.io/cluster=" + Repository.text(ofKind("Kafka").getFirst(), "metadata.name"));
        }
        Map<String, Object> brokerConfig = Repository.map(Repository.at(ofKind("Kafka").getFirst(), "spec.kafka.config"));
        assertThat(brokerConfig).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2);
    }

    @Test
    void keycloakImportsTheRealmAndPostgresRunsOnCloudNativePg() {
        Map<String, Object> keycloak = named("Deployment", "keycloak");
        Map<String, Object> container = Repository.maps(Repository.at(keycloak, "spec.template.spec.containers")).getFirst();
        assertThat(Repository.list(container.get("args"))).contains("--import-realm");
        assertThat(Repository.maps(container.get("volumeMounts"))).anySatisfy(mount -> assertThat(mount.get("mountPath")).isEqualTo("/opt/keycloak/data/import"));
        Set<String> clusters = ofKind("Cluster").stream().map(cluster -> Repository.text(cluster, "metadata.name")).collect(Collectors.toSet());
        assertThat(clusters).contains("keycloak-db");
        assertThat(ofKind("Cluster")).allSatisfy(cluster -> assertThat(Repository.text(cluster, "apiVersion")).startsWith("postgresql.cnpg.io/"));
    }

    @Test
    void onlyTheGatewayIsReachableFromOutside() {
        List<Map<String, Object>> ingresses = ofKind("Ingress");
        assertThat(ingresses).hasSize(1);
        assertThat(Repository.text(ingresses.getFirst(), "spec.rules")).contains("name=gateway-service").doesNotContain("name=keycloak");
        List<Map<String, Object>> policies = ofKind("NetworkPolicy");
        assertThat(policies).anySatisfy(policy -> {
            assertThat(Repository.at(policy, "spec.podSelector.matchLabels")).isEqualTo(Map.of("app.kubernetes.io/part-of", "agency-os"));
            assertThat(Repository.list(Repository.at(policy, "spec.policyTypes"))).contains("Ingress");
            assertThat(Repository.at(policy, "spec.ingress")).isNull();
        });
        for (Map<String, Object> policy : policies) {
            for (Map<String, Object> rule : Repository.maps(Repository.at(policy, "spec.ingress"))) {
                for (Map<String, Object> peer : Repository.maps(rule.get("from"))) {
                    assertThat(peer).as("no rule admits any address").doesNotContainKey("ipBlock");
                    Object namespace = Repository.at(peer, "namespaceSelector.matchLabels");
                    if (namespace != null && !Map.of("kubernetes.io/metadata.name", "monitoring").equals(namespace)) {
                        assertThat(Repository.at(policy, "spec.podSelector.matchLabels")).as(Repository.text(policy, "metadata.name"))
                                .isEqualTo(Map.of("app.kubernetes.io/name", "gateway-service"));
                    }
                }
            }
        }
    }

    static List<String> architectureTopics() {
        List<String> topics = new ArrayList<>();
        for (String row : Repository.read(Repository.ROOT.resolve("docs/architecture.md")).lines().toList()) {
            String[] cells = row.split("\\|");
            if (row.startsWith("| ") && cells.length >= 6 && cells[1].contains("-service")) {
                for (String cell : List.of(cells[4], cells[5])) {
                    Matcher topic = TOPIC_CELL.matcher(cell);
                    while (topic.find()) {
                        topics.add(topic.group(1));
                    }
                }
            }
        }
        assertThat(topics).as("the topic table of docs/architecture.md").isNotEmpty();
        return topics;
    }

    private Map<String, Integer> partitionsByTopic() {
        Map<String, Integer> partitions = new HashMap<>();
        for (Map<String, Object> topic : ofKind("KafkaTopic")) {
            partitions.put(Repository.text(topic, "spec.topicName"), ((Number) Repository.at(topic, "spec.partitions")).intValue());
        }
        return partitions;
    }

    private List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> name.equals(Repository.text(resource, "metadata.name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/k8s/base"));
    }

    private static List<Map<String, Object>> baseResources() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object file : Repository.list(Repository.yamlMap(BASE.resolve("kustomization.yaml")).get("resources"))) {
            all.addAll(Repository.yamlDocuments(BASE.resolve(String.valueOf(file))));
        }
        return all;
    }
}
