package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.infra.DatabaseBootstrap;
import com.agencyos.localstack.infra.PostgresMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** PostgreSQL from zonky's embedded binaries, in its own JVM, data kept under {@code data/postgres}. */
public final class EmbeddedPostgres implements Component {

    public static final int PORT = 15432;

    @Override
    public String name() {
        return "postgres";
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
        return "jdbc:postgresql://localhost:" + PORT + "/<service>";
    }

    @Override
    public String marker() {
        return JavaCommand.marker(name());
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        var layout = context.layout();
        return Optional.of(new ProcessSpec(
                JavaCommand.infrastructure(layout, name(),
                        List.of("-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                        PostgresMain.class.getName(), Integer.toString(PORT), layout.dataDir(name()).toString()),
                Map.of(), layout.home()));
    }

    @Override
    public boolean healthy(StackContext context) {
        return allDatabasesPresent("jdbc:postgresql://localhost:" + PORT + "/postgres",
                DatabaseBootstrap.ROLE, DatabaseBootstrap.PASSWORD);
    }

    /** pg_ctl daemonises the server, so it is not a child of the JVM; its pid file says where it is. */
    @Override
    public List<ProcessHandle> companions(StackContext context) {
        return postmaster(context.layout().dataDir(name())).stream().toList();
    }

    public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean allDatabasesPresent(String jdbcUrl, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "3");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, properties)) {
            return DatabaseBootstrap.missingDatabases(connection).isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }
}
