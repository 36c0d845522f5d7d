package com.agencyos.analytics;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.fact.adapter.messaging.FactIntake;
import com.agencyos.analytics.fact.adapter.persistence.EventFactStore;
import com.agencyos.analytics.fact.application.EventFacts;
import com.agencyos.analytics.fact.application.FactRecorder;
import com.agencyos.analytics.lead.adapter.persistence.LeadViewStore;
import com.agencyos.analytics.lead.application.LeadDirectory;
import com.agencyos.analytics.lead.application.LeadProjection;
import com.agencyos.analytics.lead.application.LeadViews;
import com.agencyos.analytics.report.adapter.persistence.ReportQueryStore;
import com.agencyos.analytics.report.application.Reports;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.test.RealInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A second, fresh analytics database next to the test context's, migrated by the service's own changelog, with the
 * service's production intake (inbox, facts, lead projection) and read side (lead directory, reports) wired over it
 * exactly as the context wires them over its own: what the jar's replay mode is, started on a new {@code DB_NAME}.
 */
final class ReplayDatabase implements AutoCloseable {

    final String name;
    final DatabaseClient db;
    final FactIntake intake;
    final LeadDirectory directory;
    final Reports reports;
    private final ConnectionPool pool;

    ReplayDatabase(AnalyticsProperties properties, Clock clock) {
        RealInfrastructure infra = RealInfrastructure.get();
        name = infra.createDatabase("it_analytics_replay");
        migrate(infra);
        pool = (ConnectionPool) ConnectionFactories.get(ConnectionFactoryOptions.parse(
                        infra.r2dbcUrl(name).replace("r2dbc:", "r2dbc:pool:") + "?maxSize=4").mutate()
                .option(ConnectionFactoryOptions.USER, infra.pgUser())
                .option(ConnectionFactoryOptions.PASSWORD, infra.pgPassword())
                .build());
        db = DatabaseClient.create(pool);
        TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(pool));
        EventFacts facts = EventFactStore.on(db);
        LeadViews views = LeadViewStore.on(db);
        intake = new FactIntake(new Inbox(db, tx, Duration.ofSeconds(30), new SimpleMeterRegistry()),
                new FactRecorder(facts, List.of(LeadProjection.over(views))), clock);
        directory = new LeadDirectory(views, facts);
        reports = new Reports(ReportQueryStore.on(db), properties);
    }

    private void migrate(RealInfrastructure infra) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new SimpleDriverDataSource(new org.postgresql.Driver(), infra.jdbcUrl(name), infra.pgUser(),
                infra.pgPassword()));
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot migrate " + name, e);
        }
    }

    long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
