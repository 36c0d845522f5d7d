package com.agencyos.localstack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which lead reached which topic: the demo's live table. */
final class PipelineTable {

    static final List<String> TOPICS = List.of("form.received", "lead.enriched", "lead.scored",
            "playbook.generated", "touch.sent");

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private static final class Row {
        final String email;
        final Set<String> reached = new TreeSet<>();
        Integer score;
        String tier;

        Row(String email) {
            this.email = email;
        }
    }

    void addLead(String leadId, String email) {
        rows.put(leadId, new Row(email));
    }

    boolean tracks(String leadId) {
        return rows.containsKey(leadId);
    }

    /** Records that a lead reached a topic; {@code playbook.generated} names its leads in the payload. */
    void reached(String leadId, String topic, Optional<Integer> score, Optional<String> tier) {
        Row row = rows.get(leadId);
        if (row == null) {
            return;
        }
        row.reached.add(topic);
        score.ifPresent(s -> row.score = s);
        tier.ifPresent(t -> row.tier = t);
    }

    /** Every lead reached the end of its road: a first touch, or a dead score that rightly gets none. */
    boolean allSettled() {
        return !rows.isEmpty() && rows.values().stream().allMatch(r -> r.reached.contains("touch.sent")
                || (r.reached.contains("lead.scored") && "dead".equals(r.tier)));
    }

    List<String> render(String done, String waiting) {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(String.format("%-10s %-40s", "lead", "email"));
        TOPICS.forEach(t -> header.append(String.format(" %-18s", t)));
        header.append(String.format(" %5s %-5s", "score", "tier"));
        lines.add(header.toString());
        rows.forEach((leadId, row) -> {
            StringBuilder line = new StringBuilder(String.format("%-10s %-40s", leadId.substring(0, Math.min(8, leadId.length())),
                    truncate(row.email, 40)));
            TOPICS.forEach(t -> line.append(String.format(" %-18s", row.reached.contains(t) ? done : waiting)));
            line.append(String.format(" %5s %-5s", row.score == null ? "" : row.score, row.tier == null ? "" : row.tier));
            lines.add(line.toString());
        });
        return lines;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
