package com.agencyos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

    private static final Path OBSERVABILITY = Repository.DEPLOY.resolve("observability");
    private static final Path OPERATIONS = Repository.ROOT.resolve("docs/operations.md");
    private static final Pattern AGENCYOS_METRIC = Pattern.compile("\\bagencyos_[a-z_]+");

    private final List<Map<String, Object>> rules = Repository.maps(Repository.yamlMap(OBSERVABILITY.resolve("alert-rules.yaml")).get("groups")).stream()
            .flatMap(group -> Repository.maps(group.get("rules")).stream()).toList();
    private final Map<String, Object> dashboard = Repository.yamlMap(OBSERVABILITY.resolve("grafana-dashboard.json"));

    @Test
    void everyAlertHasAnExpressionASeverityASummaryAndARunbookSectionThatExists() {
        Set<String> anchors = anchors();
        Set<String> names = new HashSet<>();
        assertThat(rules).isNotEmpty();
        for (Map<String, Object> rule : rules) {
            String name = String.valueOf(rule.get("alert"));
            assertThat(names.add(name)).as("unique alert name " + name).isTrue();
            String expr = String.valueOf(rule.get("expr"));
            assertBalanced(name, expr);
            assertThat(Repository.text(rule, "labels.severity")).as(name).isIn("page", "ticket");
            assertThat(Repository.text(rule, "annotations.summary")).as(name).isNotBlank();
            String runbook = Repository.text(rule, "annotations.runbook_url");
            assertThat(runbook).as(name).startsWith("docs/operations.md#");
            assertThat(anchors).as(name + " runbook").contains(runbook.substring(runbook.indexOf('#') + 1));
            assertThat(expr).as(name + " must not group by tenant").doesNotContain("tenant");
        }
    }

    @Test
    void theRulesCoverFailureRateDeadLettersOutboxAgeAndConsumerLag() {
        String expressions = rules.stream().map(rule -> String.valueOf(rule.get("expr"))).collect(Collectors.joining("\n"));
        assertThat(expressions).contains("outcome=\"SERVER_ERROR\"").contains(".dlq").contains("agencyos_outbox_").contains("kafka_consumergroup_lag");
    }

    @Test
    void theDashboardIsGrafanaJsonWithAQueryInEveryPanel() {
        assertThat(Repository.text(dashboard, "uid")).isNotBlank();
        assertThat(Repository.text(dashboard, "title")).isNotBlank();
        List<Map<String, Object>> panels = Repository.maps(dashboard.get("panels"));
        assertThat(panels).hasSizeGreaterThanOrEqualTo(6);
        Set<Object> ids = new HashSet<>();
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> panel : panels) {
            assertThat(ids.add(panel.get("id"))).as("unique panel id").isTrue();
            assertThat(panel.get("gridPos")).isNotNull();
            List<Map<String, Object>> targets = Repository.maps(panel.get("targets"));
            assertThat(targets).as(String.valueOf(panel.get("title"))).isNotEmpty();
            for (Map<String, Object> target : targets) {
                String expr = String.valueOf(target.get("expr"));
                assertBalanced(String.valueOf(panel.get("title")), expr);
                expressions.add(expr);
            }
        }
        assertThat(String.join("\n", expressions)).contains("kafka_consumergroup_lag").contains(".dlq").contains("agencyos_outbox_");
    }

    @Test
    void everyAgencyOsMetricTheRulesAndDashboardUseIsListedInTheRunbook() {
        String used = Repository.read(OBSERVABILITY.resolve("alert-rules.yaml")) + Repository.read(OBSERVABILITY.resolve("grafana-dashboard.json"));
        String operations = Repository.read(OPERATIONS);
        Matcher metric = AGENCYOS_METRIC.matcher(used);
        while (metric.find()) {
            assertThat(operations).as("docs/operations.md lists " + metric.group()).contains("`" + baseName(metric.group()) + "`");
        }
    }

    /** Micrometer's Prometheus suffixes (_total, _seconds_max, ...) belong to one meter. */
    private static String baseName(String series) {
        return series.replaceAll("_(total|seconds_max|seconds_count|seconds_sum|seconds_bucket|max|count|sum|bucket)$", "");
    }

    private static Set<String> anchors() {
        Set<String> anchors = new HashSet<>();
        for (String line : Repository.read(OPERATIONS).lines().toList()) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static void assertBalanced(String name, String expr) {
        int depth = 0;
        for (char c : expr.toCharArray()) {
            depth += switch (c) {
                case '(', '{', '[' -> 1;
                case ')', '}', ']' -> -1;
                default -> 0;
            };
            assertThat(depth).as(name + ": " + expr).isNotNegative();
        }
        assertThat(depth).as(name + " brackets balance: " + expr).isZero();
    }
}
