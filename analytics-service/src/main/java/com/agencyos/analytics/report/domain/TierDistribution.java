package com.agencyos.analytics.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per day (UTC), how many leads were scored into each ALS tier, by the last scoring of each lead that day. */
public record TierDistribution(ReportScope scope, List<Day> days) {

    public static final List<String> TIERS = List.of("hot", "warm", "cool", "cold", "dead");

    public TierDistribution {
        days = List.copyOf(days);
    }

    /** @param leads the number of leads per tier, in the order of {@link #TIERS}, then any tier not known here */
    public record Day(LocalDate day, Map<String, Long> leads) {

        public Day {
            leads = Collections.unmodifiableMap(new TreeMap<>(leads));
        }
    }

    /** One count of leads per day and tier, as the store returns them. */
    public record Count(LocalDate day, String tier, long leads) {
    }

    public static TierDistribution of(ReportScope scope, List<Count> counts) {
        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        for (Count count : counts) {
            byDay.computeIfAbsent(count.day(), day -> new TreeMap<>()).merge(count.tier() == null ? "unknown"
                    : count.tier(), count.leads(), Long::sum);
        }
        return new TierDistribution(scope, byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue()))
                .toList());
    }

    public Table table() {
        List<String> columns = new ArrayList<>(List.of("day"));
        columns.addAll(TIERS);
        List<List<Object>> rows = new ArrayList<>();
        for (Day day : days) {
            List<Object> cells = new ArrayList<>();
            cells.add(day.day());
            TIERS.forEach(tier -> cells.add(day.leads().getOrDefault(tier, 0L)));
            rows.add(cells);
        }
        return new Table(columns, rows);
    }
}
