package com.agencyos.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker alone, with the services' producer settings (idempotent, acks=all) on a topic shaped like theirs
 * (6 partitions): latency at the benchmark's arrival rate, and how many records per second it takes unthrottled.
 */
final class KafkaBaseline {

    private static final String TOPIC = "bench.raw";

    private KafkaBaseline() {
    }

    static Map<String, Object> measure(String bootstrapServers, int rate, int seconds) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                partitions.add(new TopicPartition(TOPIC, p));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            List<Double> latencies = new ArrayList<>();
            int total = rate * seconds;
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            int received = 0;
            for (int i = 0; i < total; i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                producer.send(new ProducerRecord<>(TOPIC, "k" + i, payload(System.nanoTime())));
                received += drain(consumer, latencies, Duration.ZERO);
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received < total && System.nanoTime() < deadline) {
                received += drain(consumer, latencies, Duration.ofMillis(100));
            }
            Stats stats = new Stats(latencies);

            int burst = 100_000;
            long burstStart = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "b" + i, payload(0)));
            }
            producer.flush();
            int burstReceived = 0;
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (burstReceived < burst && System.nanoTime() < deadline) {
                burstReceived += consumer.poll(Duration.ofMillis(100)).count();
            }
            double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
            return Map.of("rate", rate, "records", total, "p50Ms", stats.percentile(50), "p99Ms", stats.percentile(99),
                    "maxRecordsPerSecond", burstReceived / burstSeconds);
        }
    }

    private static int drain(KafkaConsumer<String, byte[]> consumer, List<Double> latencies, Duration timeout) {
        var records = consumer.poll(timeout);
        long now = System.nanoTime();
        records.forEach(record -> latencies.add((now - ByteBuffer.wrap(record.value()).getLong()) / 1e6));
        return records.count();
    }

    /** 400 bytes, about the size of a lead.scored payload, with the send time in front. */
    private static byte[] payload(long sentNanos) {
        return ByteBuffer.allocate(400).putLong(sentNanos).array();
    }
}
