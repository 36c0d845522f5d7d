package com.agencyos.analytics.replay.adapter.cli;

import com.agencyos.analytics.fact.adapter.messaging.FactIntake;
import com.agencyos.analytics.replay.adapter.messaging.TopicReplay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The jar's topic-replay mode: {@code java -jar analytics-service.jar --agencyos.analytics.replay-topics-and-exit=true},
 * with {@code DB_NAME} naming a fresh database, replays every consumed topic into it (Liquibase has created its tables
 * at start), prints what it did and exits: status 0 when done, 1 when it stopped short. The live listener does not
 * start in this mode.
 */
@Component
@ConditionalOnProperty(name = "agencyos.analytics.replay-topics-and-exit", havingValue = "true")
class ReplayCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayCommand.class);
    private static final Duration AT_MOST = Duration.ofMinutes(1);

    private final TopicReplay replay;
    private final FactIntake intake;
    private final DatabaseClient db;
    private final ConfigurableApplicationContext context;

    ReplayCommand(TopicReplay replay, FactIntake intake, DatabaseClient db, ConfigurableApplicationContext context) {
        this.replay = replay;
        this.intake = intake;
        this.db = db;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        try {
            long[] before = counts();
            if (before[1] > 0) {
                System.out.printf("The database already holds %d leads and %d facts: the replay adds only what it lacks%n",
                        before[0], before[1]);
            }
            var outcome = replay.replay(intake);
            long[] after = counts();
            System.out.printf("Replayed %d events from %d partitions in %.1f s (%.0f events/s): %d recorded, %d duplicates,"
                            + " %d poison skipped, %d tombstones. The database holds %d leads and %d facts.%n",
                    outcome.records(), outcome.partitions(), outcome.took().toMillis() / 1000.0, outcome.recordsPerSecond(),
                    outcome.recorded(), outcome.duplicates(), outcome.poison(), outcome.tombstones(), after[0], after[1]);
            if (!outcome.truncated().isEmpty()) {
                System.out.printf("WARNING: %d partitions no longer start at offset 0 (retention or compaction deleted their"
                        + " oldest events), so this history is shorter than the live one: %s%n", outcome.truncated().size(),
                        outcome.truncated());
            }
        } catch (RuntimeException e) {
            log.error("The topic replay stopped short", e);
            System.out.println("The topic replay stopped short: " + e.getMessage());
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** Leads in the view, and facts. */
    private long[] counts() {
        return db.sql("SELECT (SELECT count(*) FROM lead_view) AS leads, (SELECT count(*) FROM event_fact) AS facts")
                .map(row -> new long[] {row.get("leads", Long.class), row.get("facts", Long.class)})
                .one().block(AT_MOST);
    }
}
