package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.Http;
import com.agencyos.localstack.ProcessBook;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.Secrets;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.infra.DatabaseBootstrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/** One of the eight Spring Boot services, started from its repackaged jar. */
public final class Service implements Component {

    private final ServiceCatalog.Entry entry;
    private final List<ServiceCatalog.Entry> catalog;

    public Service(ServiceCatalog.Entry entry, List<ServiceCatalog.Entry> catalog) {
        this.entry = entry;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return entry.name();
    }

    @Override
    public Tier tier() {
        return Tier.SERVICE;
    }

    @Override
    public int port() {
        return entry.port();
    }

    @Override
    public String url() {
        return "http://localhost:" + entry.port();
    }

    @Override
    public String marker() {
        return JavaCommand.marker(name());
    }

    @Override
    public List<String> dependsOn() {
        return List.of("postgres", "kafka");
    }

    @Override
    public void prepare(StackContext context) throws IOException, InterruptedException {
        Path jar = context.layout().serviceJar(entry.module());
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./agency-os --build up");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Main-Class") == null) {
                throw new IllegalStateException(jar + " is not a runnable Spring Boot jar (no Main-Class)");
            }
        }
        if (context.settings().serviceAotCache()) {
            extract(context, jar);
        }
    }

    /**
     * A JDK AOT cache needs a plain class path, not Boot's nested jars: the jar is extracted (Boot's
     * {@code jarmode=tools}) whenever it changed, which also throws away the cache made from the old one.
     */
    private void extract(StackContext context, Path jar) throws IOException, InterruptedException {
        Path cache = cacheDir(context);
        Path stamp = cache.resolve("source.stamp");
        String source = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        if (Files.exists(stamp) && Files.readString(stamp).equals(source) && Files.exists(extractedJar(context))) {
            return;
        }
        Unzip.deleteRecursively(cache);
        Files.createDirectories(cache);
        Process process = new ProcessBuilder(context.layout().java().toString(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", cache.resolve("app").toString())
                .redirectErrorStream(true)
                .redirectOutput(cache.resolve("extract.log").toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("extracting " + jar + " failed: see " + cache.resolve("extract.log"));
        }
        Files.writeString(stamp, source);
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        List<String> command = new ArrayList<>();
        command.add(context.layout().java().toString());
        command.add(marker());
        command.addAll(context.settings().serviceJavaOptions());
        if (context.settings().otel()) {
            command.addAll(TraceSink.agentOptions(context.layout()));
        }
        if (context.settings().serviceAotCache()) {
            // Recorded during the first run and written when it stops; later starts take a third of the time.
            Path aot = cacheDir(context).resolve("app.aot");
            command.add(Files.exists(aot) ? "-XX:AOTCache=" + aot : "-XX:AOTCacheOutput=" + aot);
            command.add("-jar");
            command.add(extractedJar(context).toString());
        } else {
            command.add("-jar");
            command.add(context.layout().serviceJar(entry.module()).toString());
        }
        return Optional.of(new ProcessSpec(command, environment(context), context.layout().home()));
    }

    private Path cacheDir(StackContext context) {
        return context.layout().home().resolve("cache").resolve(name());
    }

    private Path extractedJar(StackContext context) {
        return cacheDir(context).resolve("app").resolve(entry.module() + ".jar");
    }

    Map<String, String> environment(StackContext context) {
        Map<String, String> env = new LinkedHashMap<>();
        var external = context.settings().externalDatabase();
        env.put("SERVER_PORT", Integer.toString(entry.port()));
        // A rolling restart starts the new instance on the same port before the old one leaves (platform-web's PortSharing).
        env.put("AGENCYOS_WEB_REUSE_PORT", "true");
        env.put("DB_HOST", external.map(db -> db.host()).orElse("localhost"));
        env.put("DB_PORT", Integer.toString(external.map(db -> db.port()).orElse(EmbeddedPostgres.PORT)));
        entry.database().ifPresent(database -> env.put("DB_NAME", database));
        env.put("DB_USER", DatabaseBootstrap.ROLE);
        env.put("DB_PASSWORD", DatabaseBootstrap.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", Kafka.BOOTSTRAP_SERVERS);
        env.put("OIDC_ISSUER_URI", Keycloak.ISSUER);
        env.put("OIDC_JWK_SET_URI", Keycloak.ISSUER + "/protocol/openid-connect/certs");
        env.put("AGENCYOS_SECRETS_KEY", context.secrets().get(Secrets.SECRETS_KEY));
        env.put("AGENCYOS_PROVISIONING_SECRET", context.secrets().get(Secrets.PROVISIONING_SECRET));
        env.put("KEYCLOAK_URL", "http://localhost:" + Keycloak.PORT);
        // Providers (HubSpot, Twilio) sign the public URL they call, which is the gateway's.
        env.put("AGENCYOS_PUBLIC_BASE_URL", "http://localhost:8080");
        // On a developer's machine the sites to research are often served locally (fixtures, a staging site):
        // enrichment and playbook research may fetch private addresses here, never by default elsewhere.
        env.put("ENRICHMENT_ALLOW_PRIVATE_ADDRESSES", "true");
        env.put("PLAYBOOK_ALLOW_PRIVATE_ADDRESSES", "true");
        // The fixture sites' domains are read from the sites component; every other domain from the internet.
        if (entry.name().equals("enrichment")) {
            env.put("SPRING_APPLICATION_JSON", FixtureSites.enrichmentOverridesJson());
        }
        if (entry.name().equals("playbook")) {
            env.put("PLAYBOOK_SITE_OVERRIDES", FixtureSites.playbookOverrides());
        }
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", Integer.toString(SmtpSink.SMTP_PORT));
        if (context.settings().otel()) {
            env.putAll(TraceSink.agentEnvironment(entry.module()));
        }
        for (ServiceCatalog.Entry other : catalog) {
            env.put("SERVICE_URL_" + other.name().toUpperCase(Locale.ROOT).replace('-', '_'),
                    "http://localhost:" + other.port());
        }
        return env;
    }

    @Override
    public Optional<String> slowStopNote(StackContext context) {
        return recordsAotCache(context)
                ? Optional.of("writing its JDK start-up cache (once; up to a minute with all services at once)")
                : Optional.empty();
    }

    @Override
    public Duration stopGrace(StackContext context) {
        return recordsAotCache(context) ? Duration.ofSeconds(120) : Duration.ofSeconds(20);
    }

    private boolean recordsAotCache(StackContext context) {
        return new ProcessBook(context.layout()).recordsAotCache(name(), marker());
    }

    @Override
    public boolean sharesPort() {
        return true;
    }

    /** Every service names its process on {@code /actuator/info} ({@code management.info.process.enabled}). */
    @Override
    public boolean answersFrom(long pid) {
        return Http.getOnNewConnection(entry.port(), "/actuator/info", Duration.ofSeconds(3))
                .filter(r -> r.status() == 200)
                .map(r -> Pattern.compile("\"pid\"\\s*:\\s*" + pid + "\\b").matcher(r.body()).find())
                .orElse(false);
    }

    @Override
    public boolean healthy(StackContext context) {
        return Http.get(context.http(), url() + "/actuator/health/readiness", Duration.ofSeconds(5))
                .map(r -> r.status() == 200 && r.body().contains("\"UP\""))
                .orElse(false);
    }
}
