package com.agencyos.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Kafka broker and PostgreSQL server shared by all integration tests in one JVM, started on first use
 * and stopped at exit. {@code AGENCYOS_TEST_INFRA=embedded|testcontainers} forces the choice.
 */
public final class RealInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(RealInfrastructure.class);
    private static volatile RealInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String pgHost;
    private final int pgPort;
    private final String pgUser;
    private final String pgPassword;
    private final String mode;

    private RealInfrastructure(String kafkaBootstrapServers, String pgHost, int pgPort, String pgUser, String pgPassword,
            String mode) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.pgHost = pgHost;
        this.pgPort = pgPort;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
        this.mode = mode;
    }

    public static RealInfrastructure get() {
        if (instance == null) {
            synchronized (RealInfrastructure.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static RealInfrastructure start() {
        String forced = System.getenv().getOrDefault("AGENCYOS_TEST_INFRA", "").toLowerCase(Locale.ROOT);
        boolean docker = forced.equals("testcontainers") || (forced.isEmpty() && dockerAvailable());
        long started = System.nanoTime();
        RealInfrastructure infra = docker ? startContainers() : startEmbedded();
        log.info("Test infrastructure ({}) ready in {} ms: kafka {} postgres {}:{}", infra.mode,
                (System.nanoTime() - started) / 1_000_000, infra.kafkaBootstrapServers, infra.pgHost, infra.pgPort);
        return infra;
    }

    /** Asks Testcontainers only when an engine could plausibly be there: its probe costs seconds otherwise. */
    private static boolean dockerAvailable() {
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker/run/docker.sock"));
        if (System.getenv("DOCKER_HOST") == null && !socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static RealInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.brokerProperty("log.cleaner.enable", "true");
        kafka.afterPropertiesSet();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.destroy();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the server's directory is temporary
            }
        }, "agencyos-test-infra-stop"));
        return new RealInfrastructure(kafka.getBrokersAsString(), "localhost", postgres.getPort(), "postgres", "postgres",
                "embedded");
    }

    @SuppressWarnings("resource")
    private static RealInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        kafka.start();
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "agencyos-test-infra-stop"));
        return new RealInfrastructure(kafka.getBootstrapServers(), postgres.getHost(), postgres.getFirstMappedPort(),
                postgres.getUsername(), postgres.getPassword(), "testcontainers");
    }

    /** Creates a fresh, empty database and returns its name. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), pgUser, pgPassword);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return name;
    }

    public void createTopics(NewTopic... topics) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of("bootstrap.servers", kafkaBootstrapServers))) {
            admin.createTopics(java.util.List.of(topics)).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create topics", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    public String r2dbcUrl(String database) {
        return "r2dbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String pgUser() {
        return pgUser;
    }

    public String pgPassword() {
        return pgPassword;
    }

    public String mode() {
        return mode;
    }
}
