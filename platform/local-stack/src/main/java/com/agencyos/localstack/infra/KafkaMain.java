package com.agencyos.localstack.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A single-node KRaft broker (broker and controller in one JVM): {@code KafkaMain <data dir>}. Formats the
 * log directory on the first run only, so topics and offsets survive restarts.
 */
public final class KafkaMain {

    public static final int PORT = 9092;
    public static final int CONTROLLER_PORT = 9093;

    private KafkaMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        Path logDirectory = dataDirectory.resolve("logs");
        Files.createDirectories(logDirectory);
        Path properties = dataDirectory.resolve("server.properties");
        Files.writeString(properties, render(serverProperties(logDirectory)));
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            format(properties, dataDirectory);
        }
        kafka.Kafka.main(new String[] {properties.toString()});
    }

    static Map<String, String> serverProperties(Path logDirectory) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "localhost:" + CONTROLLER_PORT);
        p.put("listeners", "PLAINTEXT://localhost:" + PORT + ",CONTROLLER://localhost:" + CONTROLLER_PORT);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + PORT);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", "6");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("log.retention.hours", "168");
        p.put("log.segment.bytes", "67108864");
        return p;
    }

    private static String render(Map<String, String> properties) {
        StringBuilder text = new StringBuilder("# Written by ./agency-os at every start; edit KafkaMain instead.\n");
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static void format(Path properties, Path dataDirectory) throws IOException {
        String clusterId = clusterId(dataDirectory);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = kafka.tools.StorageTool.execute(new String[] {
                "format", "--standalone", "--cluster-id", clusterId, "--config", properties.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        System.out.print(output.toString(StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed with exit code " + exit);
        }
    }

    /** Kept in a file so a re-format after a half-finished first start reuses the same cluster id. */
    private static String clusterId(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String id = org.apache.kafka.common.Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n");
        return id;
    }
}
