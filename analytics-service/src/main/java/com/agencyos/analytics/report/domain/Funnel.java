package com.agencyos.analytics.report.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The funnel of the leads captured in a period, per campaign (a lead counts in its latest campaign), with a total.
 * Each stage counts the leads that reached it at any time since.
 */
public record Funnel(ReportScope scope, List<Stages> campaigns, Stages total) {

    public static final List<String> STAGES = List.of("captured", "enriched", "scored", "enrolled", "touched",
            "replied", "positiveReply", "meeting");

    public Funnel {
        campaigns = List.copyOf(campaigns);
    }

    public static Funnel of(ReportScope scope, List<Stages> campaigns) {
        long[] sum = new long[STAGES.size()];
        for (Stages row : campaigns) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += row.counts().get(i);
            }
        }
        return new Funnel(scope, campaigns, Stages.of(null, List.of(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                sum[6], sum[7])));
    }

    /**
     * @param campaignId null for leads without a campaign, and for the total
     * @param counts the number of leads at each of {@link #STAGES}, in order
     * @param stepRates each stage as a share of the stage before it; the first stage has none (null)
     * @param overallRates each stage as a share of the leads captured
     */
    public record Stages(UUID campaignId, List<Long> counts, List<Double> stepRates, List<Double> overallRates) {

        public Stages {
            counts = List.copyOf(counts);
            if (counts.size() != STAGES.size()) {
                throw new IllegalArgumentException("a funnel has " + STAGES.size() + " stages");
            }
            stepRates = Collections.unmodifiableList(new ArrayList<>(stepRates));
            overallRates = Collections.unmodifiableList(new ArrayList<>(overallRates));
        }

        public static Stages of(UUID campaignId, List<Long> counts) {
            List<Double> step = new ArrayList<>();
            step.add(null);
            for (int i = 1; i < counts.size(); i++) {
                step.add(Rates.of(counts.get(i), counts.get(i - 1)));
            }
            List<Double> overall = new ArrayList<>();
            counts.forEach(count -> overall.add(Rates.of(count, counts.getFirst())));
            return new Stages(campaignId, counts, step, overall);
        }
    }

    public Table table() {
        List<String> columns = new ArrayList<>(List.of("campaignId"));
        STAGES.forEach(columns::add);
        STAGES.stream().skip(1).forEach(stage -> columns.add(stage + "Rate"));
        columns.add("meetingRateOfCaptured");
        List<List<Object>> rows = new ArrayList<>();
        for (Stages row : campaigns) {
            rows.add(line(row.campaignId() == null ? "none" : row.campaignId().toString(), row));
        }
        rows.add(line("all", total));
        return new Table(columns, rows);
    }

    private static List<Object> line(String label, Stages row) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.addAll(row.counts());
        cells.addAll(row.stepRates().subList(1, STAGES.size()));
        cells.add(row.overallRates().getLast());
        return cells;
    }
}
