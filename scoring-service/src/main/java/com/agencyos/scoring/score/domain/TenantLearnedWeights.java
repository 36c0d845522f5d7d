package com.agencyos.scoring.score.domain;

import java.util.Objects;

/**
 * Weights learned from one tenant's own conversions.
 *
 * @param confidence  the learner's confidence, 0-1
 * @param conversions how many of the tenant's conversions the weights were learned from
 */
public record TenantLearnedWeights(Weights weights, double confidence, long conversions) {

    public TenantLearnedWeights {
        Objects.requireNonNull(weights, "weights");
        LearnedConfidence.check(confidence);
        if (conversions < 0) {
            throw new IllegalArgumentException("conversions must not be negative, was " + conversions);
        }
    }
}
