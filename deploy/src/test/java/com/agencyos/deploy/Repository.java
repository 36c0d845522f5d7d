package com.agencyos.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository the definitions describe; tests run with the deploy module as working directory. */
final class Repository {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");

    private Repository() {
    }

    /** Every service module, found by its directory name, so a ninth service is checked without editing a list. */
    static List<ServiceModule> services() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(dir -> dir.getFileName().toString().endsWith("-service"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .sorted()
                    .map(ServiceModule::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    static Map<String, Object> yamlMap(Path file) {
        return map(yaml(read(file)));
    }

    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    static List<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(Repository::map).toList();
    }

    /** The value at a dotted path of nested maps, or null. */
    static Object at(Map<String, Object> root, String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> node)) {
                return null;
            }
            current = node.get(key);
        }
        return current;
    }

    static String text(Map<String, Object> root, String path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }
}
