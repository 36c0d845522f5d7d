package com.agencyos.localstack.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What enrichment took from a lead's own website: the fields of {@code lead.enriched} whose provenance is {@code website}. */
final class SiteFindings {

    static final String WEBSITE = "website";

    private SiteFindings() {
    }

    /** One line per field the website supplied, {@code path value (confidence)}; empty when the site gave nothing. */
    static List<String> lines(JsonNode enriched) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : enriched.path("provenance").properties()) {
            if (!WEBSITE.equals(entry.getValue().path("provider").asString(""))) {
                continue;
            }
            String[] path = entry.getKey().split("\\.", 2);
            JsonNode value = enriched.path(path[0]).path(path[1]);
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            lines.add(String.format("%-26s %s (%.2f)", entry.getKey(), shorten(value.isString() ? value.asString() : value.toString()),
                    entry.getValue().path("confidence").asDouble()));
        }
        return lines;
    }

    static String domain(JsonNode enriched) {
        return enriched.path("company").path("domain").asString("(no domain)");
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
