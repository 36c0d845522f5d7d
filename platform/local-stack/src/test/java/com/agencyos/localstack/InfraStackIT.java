package com.agencyos.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the real {@code ./agency-os up --only infra} (the packaged launcher, in a state directory of its own)
 * and talks to what it started. Needs the stack's ports free: stop a running local stack first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfraStackIT {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final List<Integer> PORTS = List.of(15432, 9092, 9093, 3025, 8025, 8090, 8091, 8092, 8180, 9180);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Path home;
    private CliResult up;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startInfrastructure() throws Exception {
        for (int port : PORTS) {
            assertThat(Http.portOpen(port)).as("port %d must be free (is a local stack running? ./agency-os down)", port)
                    .isFalse();
        }
        home = Files.createTempDirectory("agencyos-it");
        up = cli("up", "--only", "infra");
    }

    @AfterAll
    void stopWhatIsLeft() throws Exception {
        if (home != null) {
            cli("down");
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void upReportsEachInfrastructureComponentHealthy() throws Exception {
        assertThat(up.exitCode()).as(up.output()).isZero();
        for (String component : List.of("postgres", "kafka", "smtp", "sites", "keycloak")) {
            assertThat(up.output()).containsPattern("\\S " + component + " +healthy after +\\d+\\.\\d s");
        }
        assertThat(up.output()).contains("owner@acme.test", secrets().get(Secrets.DEMO_PASSWORD));

        CliResult status = cli("status");
        for (String component : List.of("postgres", "kafka", "smtp", "sites", "keycloak")) {
            assertThat(status.output()).containsPattern(component + " +running +\\d+ healthy");
        }
        assertThat(status.output()).containsPattern("gateway +stopped");
    }

    @Test
    @Order(2)
    void postgresHasOneDatabasePerServiceOwnedByTheApplicationRole() throws Exception {
        List<String> owned = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:15432/tenant", "agencyos", "agencyos");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select d.datname from pg_database d join pg_roles r on r.oid = d.datdba where r.rolname = 'agencyos'")) {
            while (rows.next()) {
                owned.add(rows.getString(1));
            }
        }
        assertThat(owned).containsExactlyInAnyOrder("tenant", "ingest", "enrichment", "scoring", "playbook", "outreach",
                "analytics");
    }

    @Test
    @Order(3)
    void kafkaCreatesTopicsWithSixPartitionsAndDeliversRecords() throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", "localhost:9092");
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic("it.infra", Optional.empty(), Optional.empty()))).all()
                    .get(30, TimeUnit.SECONDS);
            assertThat(admin.describeTopics(List.of("it.infra")).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get("it.infra").partitions()).hasSize(6);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("it.infra", 2, "lead-1", "{\"hello\":\"kafka\"}")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerConfig = new HashMap<>(config);
        consumerConfig.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition("it.infra", 2)));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
            assertThat(received.getFirst().key()).isEqualTo("lead-1");
        }
    }

    @Test
    @Order(4)
    void smtpSinkAcceptsAnyRecipientAndListsTheMessage() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", "3025");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("olivia.hart@acme.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("priya.raman@northwind-logistics.com.au"));
        message.setSubject("Quick question about Northwind's Q3 freight plans");
        message.setText("Hi Priya, ...");
        message.setHeader("List-Unsubscribe", "<http://localhost:8086/u/tok123>");
        Transport.send(message);

        JsonNode messages = JSON.readTree(get("http://localhost:8025/messages"));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("subject").asString()).isEqualTo("Quick question about Northwind's Q3 freight plans");
        assertThat(messages.get(0).path("to").get(0).asString()).isEqualTo("priya.raman@northwind-logistics.com.au");
        assertThat(messages.get(0).path("messageId").asString()).isNotBlank();
        assertThat(messages.get(0).path("headers").path("List-Unsubscribe").asString()).contains("/u/tok123");
        assertThat(messages.get(0).path("body").asString()).contains("Hi Priya");
        JsonNode withoutBodies = JSON.readTree(get("http://localhost:8025/messages?bodies=false"));
        assertThat(withoutBodies.get(0).has("body")).isFalse();
        assertThat(withoutBodies.get(0).path("messageId").asString()).isEqualTo(messages.get(0).path("messageId").asString());
        assertThat(JSON.readTree(get("http://localhost:8025/health")).path("messages").asInt()).isEqualTo(1);

        http.send(HttpRequest.newBuilder(URI.create("http://localhost:8025/messages")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(JSON.readTree(get("http://localhost:8025/messages"))).isEmpty();
    }

    @Test
    @Order(4)
    void fixtureSitesServeTheVendorAndTheProspectEachAtTheRootOfItsPort() throws Exception {
        assertThat(get("http://localhost:8090/")).contains("\"domain\":\"tradieflow.com.au\"", "\"domain\":\"harbourtiles.com.au\"");
        assertThat(get("http://localhost:8091/pricing")).contains("$39 per user per month");
        assertThat(get("http://localhost:8091/robots.txt")).contains("Disallow: /internal/");
        assertThat(get("http://localhost:8092/careers")).contains("Qualified Wall and Floor Tiler");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8092/pricing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void tokenForTheAcmeOwnerCarriesIssuerAudienceTenantAndRoles() throws Exception {
        CliResult token = cli("token", "owner@acme.test");

        assertThat(token.exitCode()).as(token.output()).isZero();
        JsonNode claims = claims(token.output().strip());
        assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:8180/realms/agency");
        assertThat(audiences(claims)).contains("agency-api");
        assertThat(claims.path("tenant_id").asString()).isEqualTo("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
        assertThat(claims.path("roles")).extracting(JsonNode::asString).containsExactly("owner");
    }

    @Test
    @Order(6)
    void platformAdminHasNoTenantAndGlobexViewerHasGlobex() throws Exception {
        JsonNode admin = claims(cli("token", "admin@agencyos.test").output().strip());
        JsonNode viewer = claims(cli("token", "viewer@globex.test").output().strip());

        assertThat(admin.has("tenant_id")).isFalse();
        assertThat(admin.path("roles")).extracting(JsonNode::asString).containsExactly("platform_admin");
        assertThat(viewer.path("tenant_id").asString()).isEqualTo("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
        assertThat(viewer.path("roles")).extracting(JsonNode::asString).containsExactly("viewer");
    }

    @Test
    @Order(7)
    void integrationClientActsForAcmeAsAMember() throws Exception {
        String token = new Tokens(http).clientCredentials("agency-integration-acme",
                secrets().get(Secrets.INTEGRATION_ACME_SECRET));

        JsonNode claims = claims(token);
        assertThat(audiences(claims)).contains("agency-api");
        assertThat(claims.path("tenant_id").asString()).isEqualTo("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
        assertThat(claims.path("roles")).extracting(JsonNode::asString).containsExactly("member");
    }

    @Test
    @Order(8)
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> new Tokens(http).passwordGrant("owner@acme.test", "guess"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Invalid user credentials");
    }

    @Test
    @Order(9)
    void upAgainLeavesRunningComponentsAlone() throws Exception {
        Map<String, Long> before = recordedPids();

        CliResult again = cli("up", "--only", "infra");

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output().lines().filter(line -> line.contains("already running"))).hasSize(5);
        assertThat(recordedPids()).isEqualTo(before);
    }

    @Test
    @Order(10)
    void downStopsEveryProcessItStarted() throws Exception {
        Map<String, Long> pids = recordedPids();
        List<ProcessHandle> processes = new ArrayList<>();
        for (long pid : pids.values()) {
            ProcessHandle.of(pid).ifPresent(process -> {
                processes.add(process);
                processes.addAll(process.descendants().toList());
            });
        }
        long postmaster = Long.parseLong(Files.readAllLines(home.resolve("data/postgres/postmaster.pid")).getFirst().strip());
        ProcessHandle.of(postmaster).ifPresent(processes::add);
        assertThat(processes).hasSizeGreaterThanOrEqualTo(6);

        CliResult down = cli("down");

        assertThat(down.exitCode()).as(down.output()).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(processes).noneMatch(ProcessHandle::isAlive));
        assertThat(PORTS).noneMatch(Http::portOpen);
        try (var files = Files.list(home.resolve("run"))) {
            assertThat(files).isEmpty();
        }
    }

    private Map<String, Long> recordedPids() throws IOException {
        Map<String, Long> pids = new HashMap<>();
        for (String component : Set.of("postgres", "kafka", "smtp", "sites", "keycloak")) {
            pids.put(component, Long.parseLong(Files.readString(home.resolve("run/" + component + ".pid")).strip()));
        }
        return pids;
    }

    private Secrets secrets() {
        return Secrets.loadOrCreate(home.resolve("secrets.env"));
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a JWT: " + jwt).hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> values = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> values.add(a.asString()));
        } else {
            values.add(aud.asString());
        }
        return values;
    }

    record CliResult(int exitCode, String output) {
    }

    /** The launcher as ./agency-os runs it: the packaged jar and its copied dependencies. */
    private CliResult cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dagencyos.root=" + ROOT,
                "-cp", System.getProperty("agencyos.launcher.jar") + ":" + System.getProperty("agencyos.launcher.lib") + "/*",
                "com.agencyos.localstack.AgencyOs"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(home, "cli", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("AGENCYOS_HOME", home.toString());
        builder.environment().put("AGENCYOS_KEYCLOAK_DIR", System.getProperty("agencyos.it.keycloak.dir"));
        // Recording Keycloak's AOT cache costs a minute at the first `down`: not worth it for a test run.
        builder.environment().put("AGENCYOS_KEYCLOAK_AOT", "false");
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String text = Files.readString(output);
        System.out.println("$ agency-os " + String.join(" ", args) + "\n" + text);
        return new CliResult(process.exitValue(), text);
    }
}
