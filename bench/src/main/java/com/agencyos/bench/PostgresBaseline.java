package com.agencyos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Single-row transactions on one connection against the stack's PostgreSQL: what one commit costs here. */
final class PostgresBaseline {

    private PostgresBaseline() {
    }

    static Map<String, Object> measure(String jdbcUrl, String user, String password, int seconds) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE bench_commit (id bigint PRIMARY KEY, payload text)");
            }
            connection.setAutoCommit(true);
            long commits = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_commit VALUES (?, ?)")) {
                while (System.nanoTime() < end) {
                    insert.setLong(1, commits);
                    insert.setString(2, "lead payload of a few hundred bytes, as an outbox row would be");
                    insert.executeUpdate();
                    commits++;
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return Map.of("commits", commits, "commitsPerSecond", commits / elapsed);
        }
    }
}
