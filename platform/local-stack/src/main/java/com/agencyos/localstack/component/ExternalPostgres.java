package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.Settings.ExternalDatabase;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.infra.DatabaseBootstrap;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;

/** A PostgreSQL server the developer runs: the stack only creates the role and databases on it. */
public final class ExternalPostgres implements Component {

    private final ExternalDatabase database;

    public ExternalPostgres(ExternalDatabase database) {
        this.database = database;
    }

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
        return database.port();
    }

    @Override
    public String url() {
        return "jdbc:postgresql://" + database.host() + ":" + database.port() + "/<service> (external)";
    }

    @Override
    public String marker() {
        return "(external)";
    }

    @Override
    public boolean external() {
        return true;
    }

    @Override
    public void prepare(StackContext context) throws Exception {
        try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            DatabaseBootstrap.ensure(admin);
        }
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        return Optional.empty();
    }

    @Override
    public boolean healthy(StackContext context) {
        String url = "jdbc:postgresql://" + database.host() + ":" + database.port() + "/postgres";
        return EmbeddedPostgres.allDatabasesPresent(url, DatabaseBootstrap.ROLE, DatabaseBootstrap.PASSWORD);
    }
}
