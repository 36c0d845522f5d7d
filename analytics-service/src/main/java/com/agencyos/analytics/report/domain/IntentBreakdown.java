package com.agencyos.analytics.report.domain;

import java.util.ArrayList;
import java.util.List;

/** The replies received in a period by classified intent, matched to a lead or not. */
public record IntentBreakdown(ReportScope scope, long replies, List<Intent> intents) {

    public IntentBreakdown {
        intents = List.copyOf(intents);
    }

    public record Intent(String intent, long replies, Double share) {
    }

    /** One count per intent, as the store returns them. */
    public record Count(String intent, long replies) {
    }

    public static IntentBreakdown of(ReportScope scope, List<Count> counts) {
        long total = counts.stream().mapToLong(Count::replies).sum();
        return new IntentBreakdown(scope, total, counts.stream()
                .map(count -> new Intent(count.intent(), count.replies(), Rates.of(count.replies(), total))).toList());
    }

    public Table table() {
        List<List<Object>> rows = new ArrayList<>();
        intents.forEach(intent -> rows.add(List.of(intent.intent(), intent.replies(), share(intent))));
        return new Table(List.of("intent", "replies", "share"), rows);
    }

    private static Object share(Intent intent) {
        return intent.share() == null ? "" : intent.share();
    }
}
