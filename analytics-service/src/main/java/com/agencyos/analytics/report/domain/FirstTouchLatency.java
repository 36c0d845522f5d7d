package com.agencyos.analytics.report.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * For the leads captured in a period: how long from capture to the first touch really sent, in seconds.
 *
 * @param leads leads captured in the period
 * @param touched how many of them have been touched
 * @param medianSeconds null when none has been touched
 */
public record FirstTouchLatency(ReportScope scope, long leads, long touched, Double medianSeconds, Double p90Seconds) {

    public Table table() {
        List<Object> row = new ArrayList<>();
        row.add(leads);
        row.add(touched);
        row.add(medianSeconds);
        row.add(p90Seconds);
        return new Table(List.of("leads", "touched", "medianSeconds", "p90Seconds"), List.of(row));
    }
}
