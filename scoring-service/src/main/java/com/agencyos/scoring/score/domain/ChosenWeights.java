package com.agencyos.scoring.score.domain;

import java.util.Objects;

/** The weights a score uses and where they came from, as {@code weightsSource} records it. */
public record ChosenWeights(Weights weights, WeightsSource source) {

    public static final ChosenWeights DEFAULT = new ChosenWeights(Weights.DEFAULT, WeightsSource.DEFAULT);

    public ChosenWeights {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(source, "source");
    }
}
