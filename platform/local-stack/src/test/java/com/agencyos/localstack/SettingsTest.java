package com.agencyos.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsMatchTheDocumentedLocalStack() {
        Settings settings = Settings.fromEnvironment(Map.of());

        assertThat(settings.upTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(settings.serviceJavaOptions())
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");
        assertThat(settings.externalDatabase()).isEmpty();
        assertThat(settings.keycloakAotCache()).isTrue();
        assertThat(settings.serviceAotCache()).isTrue();
    }

    @Test
    void tracingIsOffByDefaultAndOnWithAgencyosOtelOrTheFlagWhichAlsoLeavesOutTheServicesAotCache() {
        assertThat(Settings.fromEnvironment(Map.of()).otel()).isFalse();
        assertThat(Settings.fromEnvironment(Map.of("AGENCYOS_OTEL", "false")).otel()).isFalse();

        Settings fromEnv = Settings.fromEnvironment(Map.of("AGENCYOS_OTEL", "TRUE"));
        Settings fromFlag = Settings.fromEnvironment(Map.of()).withOtel(true);

        assertThat(fromEnv.otel()).isTrue();
        assertThat(fromEnv.serviceAotCache()).isFalse();
        assertThat(fromFlag).isEqualTo(fromEnv);
        assertThat(Stack.components(fromFlag)).extracting(Component::name).contains("traces");
        assertThat(Stack.components(Settings.fromEnvironment(Map.of()))).extracting(Component::name).doesNotContain("traces");
    }

    @Test
    void environmentOverridesTimeoutAndServiceJvmFlags() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "AGENCYOS_UP_TIMEOUT", "60", "AGENCYOS_JAVA_OPTS", "  -Xmx512m   -XX:+UseG1GC ",
                "AGENCYOS_KEYCLOAK_AOT", "false", "AGENCYOS_SERVICE_AOT", "FALSE"));

        assertThat(settings.upTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.serviceJavaOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
        assertThat(settings.keycloakAotCache()).isFalse();
        assertThat(settings.serviceAotCache()).isFalse();
    }

    @Test
    void externalDatabaseGivesHostAndPortForTheServices() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "AGENCYOS_EXTERNAL_DB", "jdbc:postgresql://db.internal:5433/postgres",
                "AGENCYOS_EXTERNAL_DB_USER", "admin", "AGENCYOS_EXTERNAL_DB_PASSWORD", "pw"));

        assertThat(settings.externalDatabase()).hasValueSatisfying(db -> {
            assertThat(db.host()).isEqualTo("db.internal");
            assertThat(db.port()).isEqualTo(5433);
            assertThat(db.user()).isEqualTo("admin");
        });
    }

    @Test
    void externalDatabaseWithoutPortUsesPostgresDefault() {
        Settings settings = Settings.fromEnvironment(Map.of("AGENCYOS_EXTERNAL_DB", "jdbc:postgresql://localhost/postgres"));

        assertThat(settings.externalDatabase()).hasValueSatisfying(db -> assertThat(db.port()).isEqualTo(5432));
    }

    @Test
    void rejectsAnExternalDatabaseThatIsNotAPostgresJdbcUrl() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AGENCYOS_EXTERNAL_DB", "postgres://localhost/x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }
}
