package com.agencyos.scoring.score.domain;

/**
 * Picks the weights for a tenant's scores: the tenant's manual weights, else its learned weights when they
 * are trustworthy, else the platform's weights learned for the tenant's industry, else the platform's
 * global weights, else the defaults. Learned weights must beat a confidence threshold strictly.
 */
public final class WeightsPolicy {

    public static final double TENANT_LEARNED_MIN_CONFIDENCE = 0.7;
    public static final long TENANT_LEARNED_MIN_CONVERSIONS = 50;
    public static final double PLATFORM_INDUSTRY_MIN_CONFIDENCE = 0.6;
    public static final double PLATFORM_GLOBAL_MIN_CONFIDENCE = 0.5;

    public ChosenWeights choose(WeightsCandidates candidates) {
        if (candidates.manual().isPresent()) {
            return new ChosenWeights(candidates.manual().get(), WeightsSource.TENANT_MANUAL);
        }
        return candidates.learnedForTenant()
                .filter(learned -> learned.confidence() > TENANT_LEARNED_MIN_CONFIDENCE
                        && learned.conversions() >= TENANT_LEARNED_MIN_CONVERSIONS)
                .map(learned -> new ChosenWeights(learned.weights(), WeightsSource.TENANT_LEARNED))
                .or(() -> candidates.learnedForIndustry()
                        .filter(learned -> learned.confidence() > PLATFORM_INDUSTRY_MIN_CONFIDENCE)
                        .map(learned -> new ChosenWeights(learned.weights(), WeightsSource.PLATFORM_INDUSTRY)))
                .or(() -> candidates.learnedGlobally()
                        .filter(learned -> learned.confidence() > PLATFORM_GLOBAL_MIN_CONFIDENCE)
                        .map(learned -> new ChosenWeights(learned.weights(), WeightsSource.PLATFORM_GLOBAL)))
                .orElse(ChosenWeights.DEFAULT);
    }
}
