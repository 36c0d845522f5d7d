package com.agencyos.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles by nearest rank over a finished sample. */
final class Stats {

    private final List<Double> sorted;

    Stats(Collection<Double> values) {
        sorted = new ArrayList<>(values);
        Collections.sort(sorted);
    }

    int count() {
        return sorted.size();
    }

    double percentile(double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }

    static double median(List<Double> values) {
        return new Stats(values).percentile(50);
    }
}
