package com.agencyos.platform.test;

import com.agencyos.platform.events.CloudEventHeaders;
import com.agencyos.platform.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Publishes events the way a real producer does and reads topics from the beginning to wait for outcomes. */
public final class EventProbe {

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public EventProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all",
                "enable.idempotence", "true"), new StringSerializer(), new StringSerializer());
    }

    /** Publishes a CloudEvent with a fresh id and returns that id. */
    public String publish(String topic, String type, String key, UUID tenantId, Object payload) {
        String id = UUID.randomUUID().toString();
        publishWithId(id, topic, type, key, tenantId, payload);
        return id;
    }

    /** Publishes a CloudEvent with the given id: publishing twice simulates a redelivery. */
    public void publishWithId(String id, String topic, String type, String key, UUID tenantId, Object payload) {
        String json = payload instanceof String s ? s : EventJson.write(payload);
        publishRaw(topic, key, json, Map.of(
                CloudEventHeaders.ID, id,
                CloudEventHeaders.TYPE, type,
                CloudEventHeaders.SOURCE, "/agencyos/test",
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.TENANT_ID, tenantId.toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    /** Publishes exactly the given value and headers (for poison messages). */
    public void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish to " + topic, e);
        }
    }

    /** Every record currently on the topic, in partition then offset order. */
    public List<ConsumerRecord<String, String>> records(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }

    /** Waits until a record matching the predicate is on the topic, and returns it. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> matching) {
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        Awaitility.await("a record on " + topic).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    records(topic).stream().filter(matching).findFirst().ifPresent(found::set);
                    return found.get() != null;
                });
        return found.get();
    }

    /** Records on the topic with the given key. */
    public List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key) {
        return records(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, String>> withKey(String key) {
        return r -> key.equals(r.key());
    }
}
