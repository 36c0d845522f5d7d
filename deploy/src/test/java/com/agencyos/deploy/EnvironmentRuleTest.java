package com.agencyos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvironmentRuleTest {

    private static final String YML = """
            spring:
              data:
                redis:
                  repositories:
                    enabled: false
            agencyos:
              key: ${SECRET_KEY}
              url: ${REMOTE_URL:http://localhost}
            """;

    private final ServiceModule service = ServiceModule.of("demo-service", Path.of("demo-service"), YML,
            List.of(YML, "spring.r2dbc.url=${DB_HOST:localhost}"));

    @Test
    void aVariableReadWithoutADefaultMustBeSet() {
        assertThat(EnvironmentRule.violations(service, Set.of("REMOTE_URL"), "compose"))
                .containsExactly("compose: demo-service must set SECRET_KEY (read without a default)");
    }

    @Test
    void variablesWithDefaultsMayBeSetOrLeftOut() {
        assertThat(EnvironmentRule.violations(service, Set.of("SECRET_KEY"), "k8s")).isEmpty();
        assertThat(EnvironmentRule.violations(service, Set.of("SECRET_KEY", "REMOTE_URL", "DB_HOST"), "k8s")).isEmpty();
    }

    @Test
    void aVariableTheServiceNeverReadsIsReportedAsATypo() {
        assertThat(EnvironmentRule.violations(service, Set.of("SECRET_KEY", "REMOTE_ULR"), "k8s"))
                .containsExactly("k8s: demo-service sets REMOTE_ULR, which its configuration never reads");
    }

    @Test
    void agentVariablesAndRelaxedBindingOfAConfiguredPropertyAreAllowed() {
        assertThat(EnvironmentRule.violations(service,
                Set.of("SECRET_KEY", "OTEL_SDK_DISABLED", "JAVA_TOOL_OPTIONS", "SPRING_DATA_REDIS_HOST"), "compose")).isEmpty();
    }

    @Test
    void relaxedBindingUnderAnUnconfiguredPropertyIsStillATypo() {
        assertThat(EnvironmentRule.violations(service, Set.of("SECRET_KEY", "SPRING_DATA_MONGODB_HOST"), "compose"))
                .containsExactly("compose: demo-service sets SPRING_DATA_MONGODB_HOST, which its configuration never reads");
    }
}
