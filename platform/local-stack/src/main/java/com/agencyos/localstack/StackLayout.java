package com.agencyos.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where everything lives: the repository, the state directory ({@code .local/} unless
 * {@code AGENCYOS_HOME} says otherwise, so tests never touch a developer's stack) and the Keycloak
 * distribution.
 */
public record StackLayout(Path root, Path home, Path keycloakHome, Optional<Path> keycloakZip, Path javaHome,
                          String classpath) {

    public static StackLayout fromEnvironment(Map<String, String> env) {
        Path root = Path.of(firstNonBlank(System.getProperty("agencyos.root"), env.get("AGENCYOS_ROOT"), "."))
                .toAbsolutePath().normalize();
        Path home = Path.of(firstNonBlank(System.getProperty("agencyos.home"), env.get("AGENCYOS_HOME"),
                root.resolve(".local").toString())).toAbsolutePath().normalize();
        Optional<Path> zip = findKeycloakZip(root);
        String version = zip.map(StackLayout::keycloakVersion).orElse("unknown");
        Path keycloakHome = Path.of(firstNonBlank(env.get("AGENCYOS_KEYCLOAK_DIR"),
                home.resolve("keycloak-" + version).toString())).toAbsolutePath().normalize();
        return new StackLayout(root, home, keycloakHome, zip, Path.of(System.getProperty("java.home")),
                absoluteClasspath(System.getProperty("java.class.path")));
    }

    public Path dataDir(String component) {
        return home.resolve("data").resolve(component);
    }

    public Path logFile(String component) {
        return home.resolve("logs").resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return home.resolve("run").resolve(component + ".pid");
    }

    public Path secretsFile() {
        return home.resolve("secrets.env");
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/agency-realm.json");
    }

    public Path serviceJar(String service) {
        return root.resolve(service).resolve("target").resolve(service + ".jar");
    }

    public Path java() {
        return javaHome.resolve("bin/java");
    }

    public void createDirectories() {
        try {
            for (String dir : new String[] {"data", "logs", "run", "cache"}) {
                Files.createDirectories(home.resolve(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Child processes run elsewhere than the launcher, so relative class path entries would not resolve. */
    static String absoluteClasspath(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> entry.endsWith("*")
                        ? Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath().normalize() + File.separator + "*"
                        : Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    static String keycloakVersion(Path zip) {
        String name = zip.getFileName().toString();
        return name.substring("keycloak-quarkus-dist-".length(), name.length() - ".zip".length());
    }

    private static Optional<Path> findKeycloakZip(Path root) {
        Path nextToJar = codeLocation().map(jar -> jar.getParent().resolve("keycloak")).orElse(null);
        Path inModule = root.resolve("platform/local-stack/target/keycloak");
        for (Path dir : new Path[] {nextToJar, inModule}) {
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> zip = files
                        .filter(p -> p.getFileName().toString().matches("keycloak-quarkus-dist-.+\\.zip"))
                        .findFirst();
                if (zip.isPresent()) {
                    return zip;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(StackLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
