package com.agencyos.localstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Embedded PostgreSQL as a process of its own: {@code PostgresMain <port> <data dir>}. Keeps the data
 * between runs, creates the role and databases the services expect, then waits for SIGTERM.
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dataDirectory = Path.of(args[1]);
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("synchronous_commit", "off")
                .setRegisterShutdownHook(false)
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                System.out.println("postgres stopped");
            } catch (Exception e) {
                System.err.println("postgres did not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "postgres-stop"));
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            List<String> created = DatabaseBootstrap.ensure(admin);
            System.out.println("postgres ready on port " + port + (created.isEmpty() ? "" : ", created " + created));
        }
        stopped.await();
    }
}
