package com.agencyos.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaMainTest {

    private final Map<String, String> properties = KafkaMain.serverProperties(Path.of("/state/data/kafka/logs"));

    @Test
    void runsBrokerAndControllerInOneKraftNode() {
        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.bootstrap.servers", "localhost:9093")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("controller.listener.names", "CONTROLLER");
    }

    @Test
    void topicsAreCreatedOnPurposeWithSixPartitions() {
        assertThat(properties)
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", "6");
    }

    @Test
    void internalTopicsFitASingleBroker() {
        assertThat(properties)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1");
    }

    @Test
    void logsLiveInTheStateDirectory() {
        assertThat(properties).containsEntry("log.dirs", "/state/data/kafka/logs");
    }
}
