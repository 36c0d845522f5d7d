package com.agencyos.gateway.ratelimit.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.gateway.ratelimit.application.InMemoryTenantTierResolver;
import com.agencyos.gateway.ratelimit.domain.Tier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The tier feed against a real (in-process KRaft) broker: what tenant-service publishes sets the bucket size. */
class TenantTierFeedIT {

    private static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    private static final String GLOBEX = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002";
    private static final String INITECH = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0003";

    private static EmbeddedKafkaKraftBroker broker;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 3, "tenant.changed");
        broker.afterPropertiesSet();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopBroker() {
        producer.close(Duration.ofSeconds(5));
        broker.destroy();
    }

    @Test
    void followsTiersFromTheBeginningOfTheTopicThenLiveAndForgetsRemovedTenants() throws Exception {
        // Published before the gateway starts: read from the beginning, not only what comes after.
        send(ACME, "{\"tenantId\":\"" + ACME + "\",\"tier\":\"dominance\",\"status\":\"active\"}");
        InMemoryTenantTierResolver tiers = new InMemoryTenantTierResolver(Tier.IGNITION);
        TenantTierFeed feed = new TenantTierFeed(broker.getBrokersAsString(), "tenant.changed", tiers);
        feed.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tiers.tierOf(ACME) == Tier.DOMINANCE);
            assertThat(tiers.tierOf(GLOBEX)).as("a tenant the feed has not seen").isEqualTo(Tier.IGNITION);

            // Garbage, an unknown tier and a missing tier are skipped; the feed goes on to the next record.
            send(GLOBEX, "not json");
            send(GLOBEX, "{\"tier\":\"platinum\"}");
            send(INITECH, "{\"status\":\"active\"}");
            send(GLOBEX, "{\"tenantId\":\"" + GLOBEX + "\",\"tier\":\"velocity\"}");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tiers.tierOf(GLOBEX) == Tier.VELOCITY);
            assertThat(tiers.tierOf(INITECH)).isEqualTo(Tier.IGNITION);

            // A downgrade applies, and a tombstone returns the tenant to the default tier.
            send(ACME, "{\"tenantId\":\"" + ACME + "\",\"tier\":\"velocity\"}");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tiers.tierOf(ACME) == Tier.VELOCITY);
            producer.send(new ProducerRecord<>("tenant.changed", ACME, null)).get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tiers.tierOf(ACME) == Tier.IGNITION);
        } finally {
            feed.stop();
        }
        assertThat(feed.isRunning()).isFalse();
    }

    private static void send(String key, String json) throws Exception {
        producer.send(new ProducerRecord<>("tenant.changed", key, json.getBytes(StandardCharsets.UTF_8))).get();
    }
}
