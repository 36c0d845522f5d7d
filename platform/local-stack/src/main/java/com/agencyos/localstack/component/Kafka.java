package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.Http;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.infra.KafkaMain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A real single-node KRaft broker in its own JVM. */
public final class Kafka implements Component {

    public static final String BOOTSTRAP_SERVERS = "localhost:" + KafkaMain.PORT;

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Tier tier() {
        return Tier.INFRASTRUCTURE;
    }

    @Override
    public int port() {
        return KafkaMain.PORT;
    }

    @Override
    public String url() {
        return "PLAINTEXT://" + BOOTSTRAP_SERVERS;
    }

    @Override
    public String marker() {
        return JavaCommand.marker(name());
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        var layout = context.layout();
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Xms128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        if (Runtime.version().feature() >= 23) {
            // Kafka unmaps log segments through sun.misc.Unsafe; JDK 24+ warns at every start otherwise.
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return Optional.of(new ProcessSpec(
                JavaCommand.infrastructure(layout, name(), options,
                        KafkaMain.class.getName(), layout.dataDir(name()).toString()),
                Map.of(), layout.home()));
    }

    @Override
    public boolean healthy(StackContext context) {
        if (!Http.portOpen(KafkaMain.PORT)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public Duration stopGrace(StackContext context) {
        return Duration.ofSeconds(30);
    }
}
