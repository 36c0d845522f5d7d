package com.agencyos.scoring.score.domain;

import java.util.Optional;

/**
 * Every set of weights that could apply to a tenant's leads; any of them may be missing.
 *
 * @param platformIndustry weights learned for the tenant's own industry
 */
public record WeightsCandidates(
        Weights tenantManual,
        TenantLearnedWeights tenantLearned,
        PlatformLearnedWeights platformIndustry,
        PlatformLearnedWeights platformGlobal) {

    public static final WeightsCandidates NONE = new WeightsCandidates(null, null, null, null);

    public WeightsCandidates withTenantManual(Weights weights) {
        return new WeightsCandidates(weights, tenantLearned, platformIndustry, platformGlobal);
    }

    public WeightsCandidates withTenantLearned(TenantLearnedWeights learned) {
        return new WeightsCandidates(tenantManual, learned, platformIndustry, platformGlobal);
    }

    public WeightsCandidates withPlatformIndustry(PlatformLearnedWeights learned) {
        return new WeightsCandidates(tenantManual, tenantLearned, learned, platformGlobal);
    }

    public WeightsCandidates withPlatformGlobal(PlatformLearnedWeights learned) {
        return new WeightsCandidates(tenantManual, tenantLearned, platformIndustry, learned);
    }

    public Optional<Weights> manual() {
        return Optional.ofNullable(tenantManual);
    }

    public Optional<TenantLearnedWeights> learnedForTenant() {
        return Optional.ofNullable(tenantLearned);
    }

    public Optional<PlatformLearnedWeights> learnedForIndustry() {
        return Optional.ofNullable(platformIndustry);
    }

    public Optional<PlatformLearnedWeights> learnedGlobally() {
        return Optional.ofNullable(platformGlobal);
    }
}
