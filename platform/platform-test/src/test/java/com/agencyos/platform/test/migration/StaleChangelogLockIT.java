package com.agencyos.platform.test.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.agencyos.platform.events.AgencyEventsAutoConfiguration;
import com.agencyos.platform.test.RealInfrastructure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A service killed in the middle of its migration starts again: the lock row it left behind does not hold it. */
class StaleChangelogLockIT {

    @Test
    void aChangelogLockLeftByAKilledMigrationIsClearedAndTheMigrationRuns() throws Exception {
        RealInfrastructure infra = RealInfrastructure.get();
        String database = infra.createDatabase("lqlock");
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), infra.jdbcUrl(database), infra.pgUser(), infra.pgPassword());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE databasechangeloglock (id INT PRIMARY KEY, locked BOOLEAN NOT NULL, lockgranted TIMESTAMP,
                        lockedby VARCHAR(255))""");
            s.execute("INSERT INTO databasechangeloglock VALUES (1, TRUE, now(), 'a process that was killed')");
        }
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/platform/changelog.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        BeanPostProcessor release = AgencyEventsAutoConfiguration.staleChangelogLockRelease();

        // Without the release Liquibase waits five minutes for the dead process's lock, then fails.
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            release.postProcessBeforeInitialization(liquibase, "liquibase");
            liquibase.afterPropertiesSet();
            release.postProcessAfterInitialization(liquibase, "liquibase");
        });

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet lock = s.executeQuery("SELECT locked FROM databasechangeloglock WHERE id = 1");
            assertThat(lock.next()).isTrue();
            assertThat(lock.getBoolean(1)).as("the changelog lock after the migration").isFalse();
            ResultSet table = s.executeQuery("SELECT to_regclass('outbox_event') IS NOT NULL");
            assertThat(table.next()).isTrue();
            assertThat(table.getBoolean(1)).as("the platform changelog ran").isTrue();
            ResultSet advisory = s.executeQuery("SELECT pg_try_advisory_lock(" + 0x41474F534C514253L + ")");
            assertThat(advisory.next()).isTrue();
            assertThat(advisory.getBoolean(1)).as("the migration lock is released afterwards").isTrue();
        }
    }
}
