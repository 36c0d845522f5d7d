package com.agencyos.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service as its own sources describe it: the environment variables its configuration reads (its application.yml
 * plus the lowest-precedence defaults of the platform modules it depends on), its port, database and topics.
 *
 * @param name module directory, e.g. {@code scoring-service}
 * @param dir module directory
 * @param application the parsed application.yml
 * @param variables every {@code ${VAR}} placeholder read, mapped to whether every use has a default
 */
record ServiceModule(String name, Path dir, Map<String, Object> application, Map<String, Boolean> variables) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern PLATFORM_ARTIFACT = Pattern.compile("<artifactId>(platform-[a-z-]+)</artifactId>");
    private static final Pattern PORT = Pattern.compile("\\$\\{PORT:(\\d+)}");

    static ServiceModule load(Path dir) {
        String applicationYml = Repository.read(dir.resolve("src/main/resources/application.yml"));
        List<String> sources = new ArrayList<>();
        sources.add(applicationYml);
        for (String module : platformModules(Repository.read(dir.resolve("pom.xml")), new LinkedHashSet<>())) {
            sources.addAll(platformDefaults(module));
        }
        return of(dir.getFileName().toString(), dir, applicationYml, sources);
    }

    /** For tests of the rules themselves: a service read from the given texts. */
    static ServiceModule of(String name, Path dir, String applicationYml, List<String> configurationTexts) {
        Map<String, Boolean> variables = new LinkedHashMap<>();
        for (String text : configurationTexts) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                boolean hasDefault = !matcher.group(2).isEmpty();
                variables.merge(matcher.group(1), hasDefault, Boolean::logicalAnd);
            }
        }
        return new ServiceModule(name, dir, Repository.map(Repository.yaml(applicationYml)), Map.copyOf(variables));
    }

    private static Set<String> platformModules(String pom, Set<String> found) {
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String block = dependency.group(1);
            Matcher artifact = PLATFORM_ARTIFACT.matcher(block);
            if (!block.contains("<scope>test</scope>") && artifact.find() && found.add(artifact.group(1))) {
                Path platformPom = Repository.ROOT.resolve("platform").resolve(artifact.group(1)).resolve("pom.xml");
                if (Files.isRegularFile(platformPom)) {
                    platformModules(Repository.read(platformPom), found);
                }
            }
        }
        return found;
    }

    private static List<String> platformDefaults(String module) {
        Path resources = Repository.ROOT.resolve("platform").resolve(module).resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(resources)) {
            return files.filter(file -> file.toString().matches(".*\\.(properties|ya?ml)$")).sorted().map(Repository::read).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    int port() {
        Matcher matcher = PORT.matcher(String.valueOf(Repository.at(application, "server.port")));
        if (!matcher.find()) {
            throw new IllegalStateException(name + ": server.port is not ${PORT:<number>}");
        }
        return Integer.parseInt(matcher.group(1));
    }

    Optional<String> database() {
        return Optional.ofNullable(Repository.text(application, "agencyos.database"));
    }

    List<String> publishes() {
        return Repository.list(Repository.at(application, "agencyos.events.publishes")).stream().map(String::valueOf).toList();
    }

    List<String> consumes() {
        return Repository.list(Repository.at(application, "agencyos.events.consumes")).stream().map(String::valueOf).toList();
    }

    String image() {
        return "agencyos/" + name;
    }
}
