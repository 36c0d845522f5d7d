package com.agencyos.localstack.infra;

import com.agencyos.localstack.component.ServiceCatalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates the application role and one database per service, leaving existing ones alone. */
public final class DatabaseBootstrap {

    public static final String ROLE = "agencyos";
    public static final String PASSWORD = "agencyos";
    public static final List<String> DATABASES =
            ServiceCatalog.SERVICES.stream().flatMap(service -> service.database().stream()).toList();

    private DatabaseBootstrap() {
    }

    /** Returns the databases it created. */
    public static List<String> ensure(Connection admin) throws SQLException {
        admin.setAutoCommit(true);
        try (Statement statement = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", ROLE)) {
                statement.execute("create role " + ROLE + " login createdb password '" + PASSWORD + "'");
            }
            List<String> created = new ArrayList<>();
            for (String database : DATABASES) {
                if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                    // CREATE DATABASE cannot run in a transaction, hence autocommit above.
                    statement.execute("create database " + database + " owner " + ROLE);
                    created.add(database);
                }
            }
            return created;
        }
    }

    public static List<String> missingDatabases(Connection connection) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String database : DATABASES) {
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                missing.add(database);
            }
        }
        return missing;
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
