package com.agencyos.scoring.score.domain;

import java.util.Objects;

/**
 * Weights the platform learned across tenants, for one industry or for everyone.
 *
 * @param confidence the learner's confidence, 0-1
 */
public record PlatformLearnedWeights(Weights weights, double confidence) {

    public PlatformLearnedWeights {
        Objects.requireNonNull(weights, "weights");
        LearnedConfidence.check(confidence);
    }
}
