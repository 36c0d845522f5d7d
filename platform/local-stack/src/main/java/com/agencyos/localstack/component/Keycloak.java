package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.Http;
import com.agencyos.localstack.ProcessBook;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.Secrets;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.StackLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Keycloak server distribution, unpacked once from the zip Maven copied next to the launcher jar,
 * built once ({@code kc.sh build}), then started with the {@code agency} realm imported. Its H2 database
 * lives in {@code data/keycloak}; it is dropped (so the realm is imported afresh) whenever the realm file
 * or the secrets it references change.
 */
public final class Keycloak implements Component {

    public static final int PORT = 8180;
    public static final int MANAGEMENT_PORT = 9180;
    public static final String ISSUER = "http://localhost:" + PORT + "/realms/agency";
    public static final String BUILD_OPTIONS = "--db=dev-file --health-enabled=true";

    private static final String UNPACKED_MARKER = ".agencyos-unpacked";
    private static final String BUILT_MARKER = ".agencyos-built";

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public Tier tier() {
        return Tier.INFRASTRUCTURE;
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public String url() {
        return ISSUER;
    }

    @Override
    public String marker() {
        // The recorded pid is kc.sh's shell; the marker sits on the JVM it starts (see ProcessBook#running).
        return JavaCommand.marker(name());
    }

    @Override
    public void prepare(StackContext context) throws IOException {
        StackLayout layout = context.layout();
        Path zip = layout.keycloakZip().orElseThrow(() -> new IllegalStateException(
                "the Keycloak distribution is missing from platform/local-stack/target/keycloak: run ./agency-os --build up"));
        Path home = layout.keycloakHome();
        if (!Files.exists(home.resolve(UNPACKED_MARKER))) {
            Files.createDirectories(home.getParent());
            Unzip.extractStrippingTopFolder(zip, home);
            Files.writeString(home.resolve(UNPACKED_MARKER), zip.getFileName() + "\n");
        }
        try (InputStream script = Keycloak.class.getResourceAsStream("keycloak-run.sh")) {
            Files.copy(script, runScript(layout), StandardCopyOption.REPLACE_EXISTING);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(layout.realmFile(), imports.resolve("agency-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        dropDatabaseWhenRealmChanged(context);
    }

    private void dropDatabaseWhenRealmChanged(StackContext context) throws IOException {
        Path dataDir = Files.createDirectories(context.layout().dataDir(name()));
        Path fingerprintFile = dataDir.resolve("realm.sha256");
        String fingerprint = realmFingerprint(Files.readString(context.layout().realmFile()), context.secrets());
        String previous = Files.exists(fingerprintFile) ? Files.readString(fingerprintFile).strip() : "";
        if (!fingerprint.equals(previous)) {
            Unzip.deleteRecursively(dataDir.resolve("data"));
            Files.writeString(fingerprintFile, fingerprint + "\n");
        }
    }

    static String realmFingerprint(String realmJson, Secrets secrets) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(realmJson.getBytes(StandardCharsets.UTF_8));
            for (String key : List.of(Secrets.DEMO_PASSWORD, Secrets.INTEGRATION_ACME_SECRET, Secrets.PROVISIONING_SECRET)) {
                sha.update(("\n" + key + "=" + secrets.get(key)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        StackLayout layout = context.layout();
        Secrets secrets = context.secrets();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_HOME", layout.keycloakHome().toString());
        env.put("JAVA_HOME", layout.javaHome().toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get(Secrets.KEYCLOAK_ADMIN_PASSWORD));
        // The realm file says ${AGENCYOS_DEMO_PASSWORD} and friends; Keycloak resolves them at import.
        for (String key : List.of(Secrets.DEMO_PASSWORD, Secrets.INTEGRATION_ACME_SECRET, Secrets.PROVISIONING_SECRET)) {
            env.put(key, secrets.get(key));
        }
        env.put("AGENCYOS_KC_BUILD_OPTIONS", BUILD_OPTIONS);
        env.put("AGENCYOS_KC_AOT", context.settings().keycloakAotCache() ? aotCache(layout).toString() : "");
        env.put("AGENCYOS_KC_HTTP_PORT", Integer.toString(PORT));
        env.put("AGENCYOS_KC_MANAGEMENT_PORT", Integer.toString(MANAGEMENT_PORT));
        env.put("AGENCYOS_KC_JAVA_OPTIONS", String.join(" ", List.of(
                marker(), "-XX:TieredStopAtLevel=1", "-Dkc.db-url-path=" + layout.dataDir(name()))));
        // Keycloak's start is the bulk of `up`; -XX:TieredStopAtLevel=1 halves it, the AOT cache saves another third.
        return Optional.of(new ProcessSpec(List.of("/bin/sh", runScript(layout).toString(), marker()), env,
                layout.keycloakHome()));
    }

    @Override
    public boolean healthy(StackContext context) {
        return Http.ok(context.http(), "http://localhost:" + MANAGEMENT_PORT + "/health/ready")
                && Http.ok(context.http(), ISSUER + "/.well-known/openid-configuration");
    }

    @Override
    public Optional<String> slowStartNote(StackContext context) {
        Path home = context.layout().keycloakHome();
        if (!Files.exists(home.resolve(BUILT_MARKER))) {
            return Optional.of("first start: unpacking and building the Keycloak server (about a minute)");
        }
        if (context.settings().keycloakAotCache() && !Files.exists(aotCache(context.layout()))) {
            return Optional.of("recording a start-up cache for Keycloak; later starts are faster");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> slowStopNote(StackContext context) {
        return !recordsAotCache(context)
                ? Optional.empty()
                : Optional.of("writing its JDK start-up cache (once; up to a minute on a busy machine)");
    }

    @Override
    public Duration stopGrace(StackContext context) {
        // A run that records the AOT cache writes it on the way out: give it time rather than kill it.
        return recordsAotCache(context) ? Duration.ofSeconds(120) : Duration.ofSeconds(20);
    }

    /** Whether the running JVM records the AOT cache, which it writes on its way out. */
    private boolean recordsAotCache(StackContext context) {
        return new ProcessBook(context.layout()).recordsAotCache(name(), marker());
    }

    static Path aotCache(StackLayout layout) {
        return layout.keycloakHome().resolve("agencyos-jdk" + Runtime.version().feature() + ".aot");
    }

    private static Path runScript(StackLayout layout) {
        return layout.keycloakHome().resolve("bin/agencyos-run.sh");
    }
}
