package com.agencyos.enrichment.lead.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merge rules of the waterfall. Per field the value from the most confident source wins; on a tie the earlier
 * source keeps it (the form before tier 1 before tier 2). The email is the lead's identity and never replaced.
 */
public final class Merge {

    /** Fields behind the overall confidence: who the person is, what they do, and which company it is. */
    static final List<Field> KEY_FIELDS = List.of(Field.EMAIL, Field.FIRST_NAME, Field.LAST_NAME, Field.TITLE,
            Field.COMPANY_NAME, Field.COMPANY_DOMAIN, Field.INDUSTRY, Field.EMPLOYEE_COUNT);
    /** The minimum fields of a {@code complete} enrichment. */
    static final List<Field> REQUIRED = List.of(Field.EMAIL, Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY_NAME);

    private Merge() {
    }

    public static Map<Field, Sourced> merge(Collection<ProviderAnswer> answersInOrder) {
        Map<Field, Sourced> merged = new EnumMap<>(Field.class);
        for (ProviderAnswer answer : answersInOrder) {
            answer.values().forEach((field, offered) -> {
                Sourced held = merged.get(field);
                boolean identity = field == Field.EMAIL && held != null;
                if (!identity && (held == null || offered.confidence() > held.confidence())) {
                    merged.put(field, offered);
                }
            });
        }
        return merged;
    }

    /** The mean confidence of the key fields, an unknown field counting as zero; two decimals. */
    public static double confidence(Map<Field, Sourced> merged) {
        double sum = KEY_FIELDS.stream().mapToDouble(f -> merged.containsKey(f) ? merged.get(f).confidence() : 0).sum();
        return Math.round(sum / KEY_FIELDS.size() * 100) / 100.0;
    }

    /**
     * {@code complete} when the minimum fields are known; otherwise {@code partial} when some provider added a value,
     * and {@code failed} when none could (the submitted data still moves on).
     */
    public static EnrichmentStatus status(Map<Field, Sourced> merged) {
        if (REQUIRED.stream().allMatch(merged::containsKey)) {
            return EnrichmentStatus.complete;
        }
        boolean providerAdded = merged.entrySet().stream()
                .anyMatch(e -> e.getKey() != Field.WEBSITE_REACHABLE && !Normalisation.FORM.equals(e.getValue().provider()));
        return providerAdded ? EnrichmentStatus.partial : EnrichmentStatus.failed;
    }
}
