package com.agencyos.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Wires the outbox, its relay, the inbox, dead-lettering and topic creation into every service. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@EnableConfigurationProperties(AgencyEventsProperties.class)
public class AgencyEventsAutoConfiguration {

    /** Static: a post-processor must exist before the beans it processes (Liquibase's). */
    @Bean
    public static StaleChangelogLockRelease staleChangelogLockRelease() {
        return new StaleChangelogLockRelease();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(DatabaseClient db, Clock clock) {
        return new Outbox(db, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Inbox inbox(DatabaseClient db, TransactionalOperator tx, AgencyEventsProperties properties, MeterRegistry meters) {
        return new Inbox(db, tx, properties.handlerTimeout(), meters);
    }

    @Bean
    OutboxRelay outboxRelay(ConnectionFactory connections, DatabaseClient db, TransactionalOperator tx,
            KafkaTemplate<String, String> kafka, AgencyEventsProperties properties, MeterRegistry meters) {
        return new OutboxRelay(connections, db, tx, kafka, properties, meters);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler agencyKafkaErrorHandler(KafkaTemplate<String, String> kafka, AgencyEventsProperties properties) {
        return DeadLetterPolicy.errorHandler(kafka, properties.retryAttempts());
    }

    @Bean
    KafkaAdmin.NewTopics agencyTopics(AgencyEventsProperties properties) {
        Set<String> names = new LinkedHashSet<>(properties.publishes());
        for (String consumed : properties.consumes()) {
            names.add(consumed);
            names.add(consumed + DeadLetterPolicy.DLQ_SUFFIX);
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            NewTopic topic = new NewTopic(name, properties.partitions(), properties.replicationFactor());
            Map<String, String> configs = new java.util.HashMap<>();
            if (properties.compacted().contains(name)) {
                configs.put("cleanup.policy", "compact");
            }
            if (properties.retainedForever().contains(name)) {
                configs.put("retention.ms", "-1");
            }
            topic.configs(configs);
            topics.add(topic);
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
