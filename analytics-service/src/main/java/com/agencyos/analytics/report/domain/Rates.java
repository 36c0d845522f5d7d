package com.agencyos.analytics.report.domain;

/** Ratios as reports show them: a share from 0 to 1, rounded to four places, null when nothing was counted. */
public final class Rates {

    private Rates() {
    }

    public static Double of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
