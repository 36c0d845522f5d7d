package com.agencyos.analytics.intelligence.domain;

/** Points each ALS component can contribute, summing to 100, as {@code scoring.weights.learned} carries them. */
public record ComponentWeights(double dataQuality, double authority, double companyFit, double timing, double risk) {

    public static final String[] NAMES = {"dataQuality", "authority", "companyFit", "timing", "risk"};

    /** Scoring's defaults, the most each component can score when no weights say otherwise. */
    public static final ComponentWeights DEFAULT = new ComponentWeights(20, 25, 25, 15, 15);

    static ComponentWeights of(double[] values) {
        return new ComponentWeights(values[0], values[1], values[2], values[3], values[4]);
    }

    public double[] values() {
        return new double[] {dataQuality, authority, companyFit, timing, risk};
    }

    /** The name of the component with the largest weight. */
    public String largest() {
        double[] values = values();
        int best = 0;
        for (int j = 1; j < values.length; j++) {
            if (values[j] > values[best]) {
                best = j;
            }
        }
        return NAMES[best];
    }
}
