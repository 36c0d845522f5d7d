package com.agencyos.scoring.score.adapter.messaging;

import com.agencyos.platform.events.PoisonEventException;
import com.agencyos.scoring.score.application.LearnedWeights;
import com.agencyos.scoring.score.domain.InvalidWeightsException;
import com.agencyos.scoring.score.domain.Weights;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code agencyos.scoring.weights-learned.v1}. The learner sends weights in points (what each component can
 * contribute, e.g. 18.5 of 100); scoring uses their shares of the total. The trust threshold counts conversions, so
 * {@code conversions} is what is kept as the evidence; from a learner that does not send it, {@code sampleSize}.
 */
record WeightsLearnedMessage(String scope, UUID tenantId, String industry, Points weights, Double confidence,
        Long sampleSize, Long conversions, Instant computedAt, Instant validUntil) {

    record Points(Double dataQuality, Double authority, Double companyFit, Double timing, Double risk) {
    }

    LearnedWeights toLearnedWeights() {
        if (scope == null || weights == null || confidence == null || sampleSize == null || computedAt == null
                || validUntil == null) {
            throw new PoisonEventException("scoring.weights.learned needs scope, weights, confidence, sampleSize, "
                    + "computedAt and validUntil");
        }
        try {
            LearnedWeights.Scope parsed = LearnedWeights.Scope.valueOf(scope.toUpperCase(Locale.ROOT));
            return new LearnedWeights(parsed, parsed == LearnedWeights.Scope.TENANT ? tenantId : null,
                    parsed == LearnedWeights.Scope.INDUSTRY ? industry : null, points(), confidence,
                    conversions != null ? conversions : sampleSize, computedAt, validUntil);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("scoring.weights.learned is invalid: " + e.getMessage(), e);
        }
    }

    private Weights points() {
        if (weights.dataQuality() == null || weights.authority() == null || weights.companyFit() == null
                || weights.timing() == null || weights.risk() == null) {
            throw new InvalidWeightsException("weights need all five components");
        }
        return Weights.proportional(weights.dataQuality(), weights.authority(), weights.companyFit(), weights.timing(),
                weights.risk());
    }
}
