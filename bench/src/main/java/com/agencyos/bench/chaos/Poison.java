package com.agencyos.bench.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Poison on consumed topics, and what became of it: every {@code .dlq} topic is followed from its end before the
 * injection (so anything else that lands there during the run is a good event dead-lettered, a defect), and each
 * consumer group's committed offset on the poisoned partition tells when the group moved past the poison.
 */
final class Poison implements AutoCloseable {

    /** The kinds injected; {@code unknown-type} is valid JSON of a type nobody knows, which consumers skip by design. */
    enum Kind {
        NOT_A_CLOUD_EVENT("not-a-cloudevent", true), MALFORMED_JSON("malformed-json", true), SCHEMA_INVALID("schema-invalid", true),
        UNKNOWN_TYPE("unknown-type", false);

        final String wire;
        final boolean mustDeadLetter;

        Kind(String wire, boolean mustDeadLetter) {
            this.wire = wire;
            this.mustDeadLetter = mustDeadLetter;
        }
    }

    /** One injected record and what happened to it. */
    record Injected(String key, Kind kind, String topic, int partition, long offset, Instant at, Map<String, Instant> groupsPast,
            Map<String, String> deadLetteredBy) {
    }

    record DeadLetter(String key, String topic, String originalTopic, String group, String exception, Instant at) {
    }

    static final Map<String, String> TOPIC_TYPES = Map.of("form.received", "agencyos.form.received.v1", "lead.enriched",
            "agencyos.lead.enriched.v1", "lead.scored", "agencyos.lead.scored.v1");

    private final String bootstrap;
    private final String runId;
    private final Admin admin;
    private final KafkaConsumer<String, byte[]> dlq;
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final List<Injected> injected = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread follower;

    Poison(String bootstrap, String runId) throws Exception {
        this.bootstrap = bootstrap;
        this.runId = runId;
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
        Set<String> dlqTopics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(t -> t.endsWith(".dlq"))
                .collect(java.util.stream.Collectors.toSet());
        dlq = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : dlqTopics) {
            dlq.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        dlq.assign(partitions);
        dlq.seekToEnd(partitions);
        partitions.forEach(dlq::position);
        follower = Thread.ofPlatform().name("chaos-dlq").daemon().start(this::follow);
    }

    private void follow() {
        try {
            while (running.get()) {
                try {
                    dlq.poll(Duration.ofMillis(250)).forEach(record -> {
                        synchronized (deadLetters) {
                            deadLetters.add(new DeadLetter(record.key(), record.topic(), text(record.headers().lastHeader("kafka_dlt-original-topic")),
                                    text(record.headers().lastHeader("kafka_dlt-original-consumer-group")),
                                    cause(record.headers()), Instant.ofEpochMilli(record.timestamp())));
                        }
                    });
                } catch (WakeupException stopping) {
                    return;
                } catch (org.apache.kafka.common.KafkaException brokerGone) {
                    // The broker is killed during the run: keep following rather than miss the dead letters after it.
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
            }
        } finally {
            dlq.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Each kind on each topic, kind {@code i} on partition {@code i} so the holds are measured apart; just before each
     * poison, on its partition, an unknown-type control record, so what the poison cost is the time between the group
     * passing the control and passing the poison, whatever the partition's lag.
     */
    void inject() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1), new StringSerializer(),
                new StringSerializer())) {
            int n = 0;
            for (Map.Entry<String, String> topic : TOPIC_TYPES.entrySet()) {
                for (Kind kind : Kind.values()) {
                    if (kind.mustDeadLetter) {
                        send(producer, "chaos-poison-" + runId + "-" + n++, Kind.UNKNOWN_TYPE, topic, kind.ordinal());
                    }
                    send(producer, "chaos-poison-" + runId + "-" + n++, kind, topic, kind.ordinal());
                }
            }
        }
    }

    private void send(KafkaProducer<String, String> producer, String key, Kind kind, Map.Entry<String, String> topic, int partition)
            throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic.getKey(), partition, key, value(kind));
        if (kind != Kind.NOT_A_CLOUD_EVENT) {
            String type = kind == Kind.UNKNOWN_TYPE ? "agencyos.chaos.unknown.v1" : topic.getValue();
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", type);
            header(record, "ce_source", "/bench/chaos");
            header(record, "ce_specversion", "1.0");
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_tenantid", SendingTenant.ACME);
            header(record, "content-type", "application/json");
        }
        RecordMetadata sent = producer.send(record).get(30, TimeUnit.SECONDS);
        injected.add(new Injected(key, kind, topic.getKey(), sent.partition(), sent.offset(), Instant.ofEpochMilli(sent.timestamp()),
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));
    }

    /** The control record injected just before {@code poison} on its partition, or none. */
    Optional<Injected> controlOf(Injected poison) {
        return injected.stream().filter(c -> c.kind() == Kind.UNKNOWN_TYPE && c.topic().equals(poison.topic())
                && c.partition() == poison.partition() && c.offset() < poison.offset()).max(java.util.Comparator.comparingLong(Injected::offset));
    }

    private static String value(Kind kind) {
        return switch (kind) {
            case NOT_A_CLOUD_EVENT -> "{\"chaos\":\"no CloudEvent headers\"}";
            case MALFORMED_JSON -> "{\"leadId\": \"7d1c0e4a-";
            case SCHEMA_INVALID -> "{\"leadId\":\"not-a-uuid\",\"tenantId\":\"" + SendingTenant.ACME + "\",\"score\":\"high\",\"email\":42}";
            case UNKNOWN_TYPE -> "{\"leadId\":\"" + UUID.randomUUID() + "\",\"tenantId\":\"" + SendingTenant.ACME + "\"}";
        };
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Waits until every consumer group of each poisoned partition committed past the poison (or the timeout), noting
     * when: the time the poison held its partition for that group.
     */
    void awaitPassed(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Set<String>> groupsOf = new LinkedHashMap<>();
        while (System.nanoTime() < deadline) {
            Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS);
            boolean allPast = true;
            for (ConsumerGroupListing group : groups) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                for (Injected poison : injected) {
                    TopicPartition tp = new TopicPartition(poison.topic(), poison.partition());
                    OffsetAndMetadata committed = offsets.get(tp);
                    if (committed == null) {
                        continue;
                    }
                    groupsOf.computeIfAbsent(tp, k -> new java.util.HashSet<>()).add(group.groupId());
                    if (committed.offset() > poison.offset()) {
                        poison.groupsPast().putIfAbsent(group.groupId(), Instant.now());
                    } else {
                        allPast = false;
                    }
                }
            }
            recordDeadLetters();
            if (allPast && !groupsOf.isEmpty()) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }

    /** Matches the dead letters seen so far to the poison by key. */
    void recordDeadLetters() {
        for (DeadLetter letter : deadLetters()) {
            for (Injected poison : injected) {
                if (poison.key().equals(letter.key()) && letter.group() != null && letter.exception() != null) {
                    poison.deadLetteredBy().putIfAbsent(letter.group(), letter.exception().replaceAll(".*\\.", "")
                            + (letter.exception().endsWith("PoisonEventException") ? ", 1 attempt (not retried)" : ", retried first")
                            + ", after " + Duration.between(poison.at(), letter.at()).toMillis() + " ms");
                }
            }
        }
    }

    List<Injected> injected() {
        return injected;
    }

    List<DeadLetter> deadLetters() {
        synchronized (deadLetters) {
            return List.copyOf(deadLetters);
        }
    }

    /** Dead letters that are not the suite's poison: good events a consumer gave up on. */
    List<DeadLetter> goodEventsDeadLettered() {
        return deadLetters().stream().filter(letter -> letter.key() == null || !letter.key().startsWith("chaos-poison-" + runId)).toList();
    }

    /** The failure's own class: the recoverer's {@code exception-fqcn} is the listener's wrapper. */
    private static String cause(org.apache.kafka.common.header.Headers headers) {
        String cause = text(headers.lastHeader("kafka_dlt-exception-cause-fqcn"));
        return cause != null ? cause : text(headers.lastHeader("kafka_dlt-exception-fqcn"));
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        dlq.wakeup();
        follower.join(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(5));
    }
}
