package com.agencyos.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackLayoutTest {

    @Test
    void stateLivesInDotLocalUnlessAgencyosHomeSaysOtherwise() {
        StackLayout byDefault = StackLayout.fromEnvironment(Map.of("AGENCYOS_ROOT", "/repo"));
        StackLayout overridden = StackLayout.fromEnvironment(Map.of("AGENCYOS_ROOT", "/repo", "AGENCYOS_HOME", "/tmp/stack"));

        assertThat(byDefault.home()).isEqualTo(Path.of("/repo/.local"));
        assertThat(overridden.home()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(overridden.logFile("kafka")).isEqualTo(Path.of("/tmp/stack/logs/kafka.log"));
        assertThat(overridden.pidFile("kafka")).isEqualTo(Path.of("/tmp/stack/run/kafka.pid"));
        assertThat(overridden.dataDir("postgres")).isEqualTo(Path.of("/tmp/stack/data/postgres"));
    }

    @Test
    void serviceJarsFollowTheModuleConvention() {
        StackLayout layout = StackLayout.fromEnvironment(Map.of("AGENCYOS_ROOT", "/repo"));

        assertThat(layout.serviceJar("webhook-ingest-service"))
                .isEqualTo(Path.of("/repo/webhook-ingest-service/target/webhook-ingest-service.jar"));
    }

    @Test
    void classPathHandedToChildProcessesIsAbsoluteSoTheirWorkingDirectoryDoesNotMatter() {
        String classpath = String.join(File.pathSeparator, "target/local-stack.jar", "target/lib/*", "/abs/x.jar");

        String absolute = StackLayout.absoluteClasspath(classpath);

        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(absolute.split(File.pathSeparator)).containsExactly(
                cwd + "/target/local-stack.jar", cwd + "/target/lib/*", "/abs/x.jar");
    }

    @Test
    void keycloakVersionComesFromTheDistributionFileName() {
        assertThat(StackLayout.keycloakVersion(Path.of("/x/keycloak-quarkus-dist-26.7.3.zip"))).isEqualTo("26.7.3");
    }
}
