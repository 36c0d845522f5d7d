package com.agencyos.analytics.replay.adapter.messaging;

import com.agencyos.analytics.fact.adapter.messaging.AnalyticsTopics;
import com.agencyos.analytics.fact.adapter.messaging.FactIntake;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every consumed topic from its earliest offset up to the end offsets taken when the replay starts, and takes
 * each record in through a {@link FactIntake}, as live consumption does. It assigns the partitions itself: it never
 * joins a consumer group, so the live service keeps its partitions and offsets. Only when a commit group is given
 * ({@code agencyos.analytics.replay-commit-group}) does it commit, once, at the end, the end offsets it replayed up
 * to, so that a service started on the replayed database with that group id goes on exactly where the replay stopped.
 *
 * <p>A topic only holds what its retention kept: a replay cannot bring back events older than that, and a compacted
 * topic ({@code tenant.changed}) only has each key's latest state.
 */
@Component
public class TopicReplay {

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);
    private static final Duration STALLED = Duration.ofMinutes(2);
    private static final long REPORT_EVERY = 10_000;

    private final ConsumerFactory<?, ?> consumers;
    private final Clock clock;
    private final String commitGroup;

    public TopicReplay(ConsumerFactory<?, ?> consumers, Clock clock,
            @Value("${agencyos.analytics.replay-commit-group:}") String commitGroup) {
        this.consumers = consumers;
        this.clock = clock;
        this.commitGroup = commitGroup == null || commitGroup.isBlank() ? null : commitGroup;
    }

    /**
     * What a replay did: records read below the end offsets, and what taking each in gave.
     *
     * @param truncated the partitions that no longer start at offset 0: retention (or compaction) deleted their
     *     oldest records, so the replayed history is shorter than the one live consumption saw
     */
    public record Outcome(long records, long recorded, long duplicates, long poison, long tombstones, int partitions,
            List<String> truncated, Duration took) {

        public Outcome {
            truncated = List.copyOf(truncated);
        }

        public double recordsPerSecond() {
            return took.isZero() ? records : records * 1000.0 / took.toMillis();
        }
    }

    /**
     * Replays every consumed topic into the database behind {@code intake}, blocking until done.
     *
     * @throws IllegalStateException when a record cannot be taken in for another reason than being poison (the
     *     database is unreachable, say), or when the topics stop delivering before the end offsets; a replay run
     *     again skips what it already recorded
     */
    public Outcome replay(FactIntake intake) {
        Instant started = clock.instant();
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        // Without a commit group, a group of its own that never commits: the consumer must not look up the live group's offsets.
        String group = commitGroup != null ? commitGroup : "analytics-replay-" + UUID.randomUUID();
        try (Consumer<?, ?> raw = consumers.createConsumer(group, "analytics-replay", null, overrides)) {
            @SuppressWarnings("unchecked")
            Consumer<String, String> consumer = (Consumer<String, String>) raw;
            return replay(consumer, intake, started);
        }
    }

    private Outcome replay(Consumer<String, String> consumer, FactIntake intake, Instant started) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : AnalyticsTopics.CONSUMED) {
            consumer.partitionsFor(topic, METADATA)
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, METADATA);
        List<String> truncated = consumer.beginningOffsets(partitions, METADATA).entrySet().stream()
                .filter(first -> first.getValue() > 0).map(first -> first.getKey().toString()).sorted().toList();
        if (!truncated.isEmpty()) {
            log.warn("{} partitions no longer start at offset 0: their oldest events are gone, and the replay cannot"
                    + " bring them back: {}", truncated.size(), truncated);
        }
        Set<TopicPartition> open = new HashSet<>();
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition, METADATA) < end.get(partition)) {
                open.add(partition);
            }
        }
        List<TopicPartition> finished = new ArrayList<>(partitions);
        finished.removeAll(open);
        consumer.pause(finished);
        log.info("Replaying {} topics ({} partitions, {} with records) up to {} records", AnalyticsTopics.CONSUMED.size(),
                partitions.size(), open.size(), end.values().stream().mapToLong(Long::longValue).sum());

        Counts counts = new Counts();
        Instant lastRecord = clock.instant();
        while (!open.isEmpty()) {
            var records = consumer.poll(POLL);
            for (ConsumerRecord<String, String> record : records) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    counts.add(take(intake, record));
                }
            }
            List<TopicPartition> reached = open.stream()
                    .filter(partition -> consumer.position(partition, METADATA) >= end.get(partition)).toList();
            reached.forEach(open::remove);
            consumer.pause(reached);
            Instant now = clock.instant();
            if (!records.isEmpty()) {
                lastRecord = now;
            } else if (Duration.between(lastRecord, now).compareTo(STALLED) > 0) {
                throw new IllegalStateException("The replay stalled: no record for " + STALLED + " with " + open.size()
                        + " partitions short of their end offsets " + open);
            }
        }
        if (commitGroup != null) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            end.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(offsets, METADATA);
            log.info("Committed the replayed end offsets for consumer group {}", commitGroup);
        }
        Outcome outcome = counts.outcome(partitions.size(), truncated, Duration.between(started, clock.instant()));
        log.info("Replayed {} records in {} ms: {} recorded, {} duplicates, {} poison skipped, {} tombstones", outcome.records(),
                outcome.took().toMillis(), outcome.recorded(), outcome.duplicates(), outcome.poison(), outcome.tombstones());
        return outcome;
    }

    private static Taken take(FactIntake intake, ConsumerRecord<String, String> record) {
        try {
            return switch (intake.take(record)) {
                case RECORDED -> Taken.RECORDED;
                case DUPLICATE -> Taken.DUPLICATE;
                case TOMBSTONE -> Taken.TOMBSTONE;
            };
        } catch (PoisonEventException poison) {
            // Live consumption sent this record to the dead-letter topic; replaying it cannot make it good.
            log.warn("Skipped poison {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), poison.getMessage());
            return Taken.POISON;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot take in " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + "; the replay stopped there and, run again, skips what it recorded", e);
        }
    }

    private enum Taken { RECORDED, DUPLICATE, POISON, TOMBSTONE }

    /** Counts kept by the one thread that replays. */
    private static final class Counts {
        private final long[] taken = new long[Taken.values().length];
        private long records;

        void add(Taken kind) {
            records++;
            taken[kind.ordinal()]++;
            if (records % REPORT_EVERY == 0) {
                log.info("Replaying: {} records so far, {} recorded", records, taken[Taken.RECORDED.ordinal()]);
            }
        }

        Outcome outcome(int partitions, List<String> truncated, Duration took) {
            return new Outcome(records, taken[Taken.RECORDED.ordinal()], taken[Taken.DUPLICATE.ordinal()],
                    taken[Taken.POISON.ordinal()], taken[Taken.TOMBSTONE.ordinal()], partitions, truncated, took);
        }
    }
}
