package com.agencyos.localstack;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the environment can change about the local stack. */
public record Settings(Duration upTimeout, List<String> serviceJavaOptions, Optional<ExternalDatabase> externalDatabase,
                       boolean keycloakAotCache, boolean serviceAotCache, boolean otel) {

    public static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");

    public static Settings fromEnvironment(Map<String, String> env) {
        Duration timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("AGENCYOS_UP_TIMEOUT", "240").strip()));
        String javaOpts = env.get("AGENCYOS_JAVA_OPTS");
        List<String> serviceOptions = javaOpts == null || javaOpts.isBlank()
                ? DEFAULT_SERVICE_JAVA_OPTIONS
                : Arrays.stream(javaOpts.strip().split("\\s+")).toList();
        String externalUrl = env.get("AGENCYOS_EXTERNAL_DB");
        Optional<ExternalDatabase> external = externalUrl == null || externalUrl.isBlank()
                ? Optional.empty()
                : Optional.of(ExternalDatabase.parse(externalUrl.strip(),
                        env.getOrDefault("AGENCYOS_EXTERNAL_DB_USER", "postgres"),
                        env.getOrDefault("AGENCYOS_EXTERNAL_DB_PASSWORD", "")));
        return new Settings(timeout, serviceOptions, external, enabled(env, "AGENCYOS_KEYCLOAK_AOT"),
                enabled(env, "AGENCYOS_SERVICE_AOT"), false).withOtel("true".equalsIgnoreCase(env.getOrDefault("AGENCYOS_OTEL", "").strip()));
    }

    /**
     * With the OpenTelemetry agent ({@code --otel}, {@code AGENCYOS_OTEL=true}) the services start without their JDK AOT
     * cache: the agent transforms classes as they load, which a cache recorded without it does not match.
     */
    public Settings withOtel(boolean on) {
        return on ? new Settings(upTimeout, serviceJavaOptions, externalDatabase, keycloakAotCache, false, true) : this;
    }

    private static boolean enabled(Map<String, String> env, String flag) {
        return !"false".equalsIgnoreCase(env.getOrDefault(flag, "true").strip());
    }

    /** An existing PostgreSQL server reached with a user allowed to create roles and databases. */
    public record ExternalDatabase(String jdbcUrl, String host, int port, String user, String password) {

        static ExternalDatabase parse(String jdbcUrl, String user, String password) {
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException(
                        "AGENCYOS_EXTERNAL_DB must look like jdbc:postgresql://host:port/postgres, got " + jdbcUrl);
            }
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return new ExternalDatabase(jdbcUrl, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
        }
    }
}
