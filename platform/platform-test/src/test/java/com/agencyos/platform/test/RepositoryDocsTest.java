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
