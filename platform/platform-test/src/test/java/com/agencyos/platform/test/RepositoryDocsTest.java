package com.agencyos.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the docs that newcomers rely on true: the README's "where is X" table and the port map. */
class RepositoryDocsTest {

    static final Path ROOT = EventSchemas.docsEvents().getParent().getParent();
    static final List<String> SERVICES = List.of("gateway", "tenant", "webhook-ingest", "enrichment", "scoring",
            "playbook", "outreach", "analytics");

    @Test
    void everyPathInTheReadmeWhereIsTableExists() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String table = readme.substring(readme.indexOf("## Where is X"), readme.indexOf("## Local ports"));
        Matcher path = Pattern.compile("\\| [^|]+ \\| `([^`]+)` \\|").matcher(table);
        int checked = 0;
        while (path.find()) {
            assertThat(ROOT.resolve(path.group(1))).as("README 'where is X' path").exists();
            checked++;
        }
        assertThat(checked).as("rows checked").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theArchitecturePagesTopicTableMatchesWhatEachServiceDeclares() throws IOException {
        String architecture = Files.readString(ROOT.resolve("docs/architecture.md"));
        Matcher row = Pattern.compile("\\| ([a-z-]+)-service \\| \\d{4} \\| [^|]+ \\| ([^|]+) \\| ([^|]+) \\|").matcher(architecture);
        int checked = 0;
        while (row.find()) {
            String service = row.group(1);
            if (service.equals("gateway")) {
                continue;
            }
            String yml = Files.readString(ROOT.resolve(service + "-service/src/main/resources/application.yml"));
            if (!row.group(2).contains("every topic")) {
                assertThat(topics(row.group(2))).as(service + " consumes").isEqualTo(declared(yml, "consumes"));
            }
            assertThat(topics(row.group(3))).as(service + " produces").isEqualTo(declared(yml, "publishes"));
            checked++;
        }
        assertThat(checked).as("service rows checked").isEqualTo(SERVICES.size() - 1);
    }

    /** Backticked topic names in a table cell, leaving out what a "(later …)" remark announces. */
    private static java.util.Set<String> topics(String cell) {
        Matcher name = Pattern.compile("`([a-z.-]+)`").matcher(cell.replaceAll("\\(later[^)]*\\)", ""));
        java.util.Set<String> names = new java.util.TreeSet<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static java.util.Set<String> declared(String yml, String key) {
        Matcher list = Pattern.compile(key + ": \\[([^]]*)]").matcher(yml);
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (list.find()) {
            for (String name : list.group(1).split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    @Test
    void everyServiceListensOnThePortTheConventionsPageGivesAndHasAReadme() throws IOException {
        String conventions = Files.readString(ROOT.resolve("docs/conventions.md"));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("\\| ([a-z-]+-service) \\| (\\d{4}) \\|").matcher(conventions);
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertThat(documented).hasSize(SERVICES.size());
        for (String service : SERVICES) {
            Path module = ROOT.resolve(service + "-service");
            assertThat(module.resolve("README.md")).as(service + " README").exists();
            String yml = Files.readString(module.resolve("src/main/resources/application.yml"));
            assertThat(yml).as(service + " port").contains("${PORT:" + documented.get(service + "-service") + "}");
        }
    }
}
