package com.agencyos.platform.test.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.platform.events.AgencyEventsProperties;
import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutboxRelay;
import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.platform.test.AgencyIntegrationTest;
import com.agencyos.platform.test.EventProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The outbox's promises, checked against real PostgreSQL and Kafka with two relays on one database. */
@AgencyIntegrationTest
class OutboxRelayIT {

    @SpringBootApplication
    static class RelayTestApplication {
    }

    @Autowired Outbox outbox;
    @Autowired TransactionalOperator tx;
    @Autowired EventProbe events;
    @Autowired ConnectionFactory connections;
    @Autowired DatabaseClient db;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired AgencyEventsProperties properties;

    record Numbered(String key, int n) {
    }

    @Autowired OutboxRelay relay;

    @Test
    void reportsTheAgeOfTheOldestEventStillWaitingToBePublished() {
        // Inside a transaction that is rolled back, so the running relay never sees (or publishes) the old row.
        Double age = tx.execute(status -> {
            status.setRollbackOnly();
            return db.sql("""
                    INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, occurred_at)
                    VALUES (:id, 'relay.test', 'k', 'agencyos.test.v1', '{}', now() - interval '1 hour')""")
                    .bind("id", UUID.randomUUID()).fetch().rowsUpdated()
                    .then(relay.oldestPendingAgeSeconds());
        }).blockLast(Duration.ofSeconds(30));
        assertThat(age).isBetween(3590.0, 3700.0);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> relay.oldestPendingAgeSeconds().block(Duration.ofSeconds(10)) < 60);
    }

    @Test
    void twoRelaysPublishEveryCommittedEventExactlyOnceAndInOrderPerKey() {
        OutboxRelay second = new OutboxRelay(connections, db, tx, kafka, properties, new SimpleMeterRegistry());
        second.start();
        try {
            String run = UUID.randomUUID().toString().substring(0, 8);
            int transactions = 40;
            int perTransaction = 10;
            Flux.range(0, transactions)
                    .flatMap(t -> tx.transactional(Flux.range(0, perTransaction)
                            .concatMap(i -> outbox.append(event(run + "-k" + (i % 5), t * perTransaction + i)))
                            .then()), 8)
                    .blockLast(Duration.ofSeconds(60));

            int expected = transactions * perTransaction;
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> ofRun(run).size() >= expected);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> ofRun(run).size() == expected);

            List<ConsumerRecord<String, String>> records = ofRun(run);
            Set<String> ids = new HashSet<>();
            records.forEach(r -> ids.add(EventProbe.header(r, "ce_id")));
            assertThat(ids).hasSize(expected);
            Map<String, Integer> lastPerKey = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                int n = EventJson.read(record.value(), Numbered.class).n();
                Integer previous = lastPerKey.put(record.key(), n);
                if (previous != null && previous / perTransaction == n / perTransaction) {
                    assertThat(n).as("order within one transaction for key " + record.key()).isGreaterThan(previous);
                }
            }
            Long unpublished = db.sql("SELECT count(*) AS c FROM outbox_event WHERE published_at IS NULL")
                    .map(row -> row.get("c", Long.class)).one().block();
            assertThat(unpublished).isZero();
        } finally {
            second.stop();
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Mono<Void> failing = outbox.append(event(run + "-rolled-back", 1))
                .then(Mono.error(new IllegalStateException("the state change failed")));
        try {
            tx.transactional(failing).block(Duration.ofSeconds(10));
        } catch (IllegalStateException expected) {
            // the transaction rolled back, taking the outbox row with it
        }
        outbox.append(event(run + "-committed", 2)).as(tx::transactional).block(Duration.ofSeconds(10));

        events.await("relay.test", r -> r.key().equals(run + "-committed"));
        assertThat(ofRun(run)).extracting(ConsumerRecord::key).containsExactly(run + "-committed");
    }

    private List<ConsumerRecord<String, String>> ofRun(String run) {
        return events.records("relay.test").stream().filter(r -> r.key().startsWith(run + "-")).toList();
    }

    private static OutgoingEvent event(String key, int n) {
        return new OutgoingEvent("relay.test", "agencyos.relay.tested.v1", key, UUID.randomUUID(), key, new Numbered(key, n));
    }
}
