package com.agencyos.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Lets a service start again after it was killed in the middle of its Liquibase migration. Liquibase marks its
 * lock in a table row, which a killed process never clears: the next start waited forever on "Waiting for changelog
 * lock" (seen in the chaos suite). Here every instance first takes a PostgreSQL session advisory lock, which the
 * server drops when a session dies; whoever holds it is the only instance of this code migrating, so a Liquibase
 * lock still set at that moment belongs to a dead process and is cleared. The advisory lock is held until the
 * migration has finished.
 */
public final class StaleChangelogLockRelease implements BeanPostProcessor {

    /** Advisory lock key (advisory locks are per database): "AGOSLQBS" as a 64-bit number. */
    static final long MIGRATION_LOCK = 0x41474F534C514253L;

    private static final Logger log = LoggerFactory.getLogger(StaleChangelogLockRelease.class);
    private static final String UNDEFINED_TABLE = "42P01";

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            held.put(beanName, takeMigrationLock(liquibase.getDataSource(), beanName));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        Connection connection = held.remove(beanName);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("Closing the migration lock's connection failed; the server releases the lock with the session", e);
            }
        }
        return bean;
    }

    static Connection takeMigrationLock(DataSource dataSource, String beanName) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            }
            clearStaleLock(connection);
            return connection;
        } catch (SQLException e) {
            throw new BeanInitializationException("Could not take the migration lock for " + beanName, e);
        }
    }

    private static void clearStaleLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int cleared = statement.executeUpdate(
                    "UPDATE databasechangeloglock SET locked = FALSE, lockgranted = NULL, lockedby = NULL WHERE locked");
            if (cleared > 0) {
                log.warn("Cleared a Liquibase changelog lock left by a process that died while migrating");
            }
        } catch (SQLException e) {
            if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
