package com.agencyos.gateway.ratelimit.adapter.messaging;

import com.agencyos.gateway.ratelimit.application.InMemoryTenantTierResolver;
import com.agencyos.gateway.ratelimit.domain.Tier;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every tenant's tier from the compacted {@code tenant.changed} topic, so rate limits follow what a tenant
 * pays for without the gateway ever calling tenant-service. Each gateway instance reads the whole topic from the
 * beginning at start (no consumer group: every replica needs every tenant) and then follows it. Until the first
 * record of a tenant arrives, that tenant gets the default tier; a tombstone (a tenant removed) forgets it.
 * A record that is not a readable {@code tenant.changed} is skipped and logged: a tier feed must never stop.
 */
public final class TenantTierFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantTierFeed.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;
    private final String topic;
    private final InMemoryTenantTierResolver tiers;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;

    public TenantTierFeed(String bootstrapServers, String topic, InMemoryTenantTierResolver tiers) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.tiers = tiers;
    }

    /** The tier a {@code tenant.changed} payload names, if it is a readable record with a known tier. */
    static Optional<Tier> tierOf(byte[] payload) {
        try {
            JsonNode tier = JSON.readTree(payload).path("tier");
            if (!tier.isString()) {
                return Optional.empty();
            }
            return Optional.of(Tier.valueOf(tier.asString().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            tiers.forget(record.key());
            return;
        }
        tierOf(record.value()).ifPresentOrElse(tier -> tiers.assign(record.key(), tier),
                () -> log.warn("Skipped an unreadable tenant.changed record at {}-{}@{}", record.topic(), record.partition(),
                        record.offset()));
    }

    @Override
    public void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "gateway-tenant-tiers",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        thread = Thread.ofPlatform().name("tenant-tier-feed").daemon().start(this::follow);
    }

    private void follow() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            log.info("Following {} ({} partitions) for tenant tiers", topic, partitions.size());
            while (running.get()) {
                consumer.poll(Duration.ofSeconds(1)).forEach(this::apply);
            }
        } catch (WakeupException stopping) {
            log.debug("Tenant tier feed stopped");
        } catch (RuntimeException e) {
            log.error("Tenant tier feed failed; unknown tenants keep the default tier until restart", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The topic may not exist yet when the gateway starts before tenant-service: ask until it does. */
    private List<TopicPartition> awaitPartitions() {
        while (running.get()) {
            try {
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                }
            } catch (TimeoutException brokerNotReachable) {
                log.info("Kafka not reachable yet for {}; asking again", topic);
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        throw new WakeupException();
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
