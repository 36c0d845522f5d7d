package com.agencyos.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightsPolicyTest {

    private static final Weights MANUAL = new Weights(0, 1, 0, 0, 0);
    private static final Weights TENANT = new Weights(0.1, 0.3, 0.3, 0.15, 0.15);
    private static final Weights INDUSTRY = new Weights(0.2, 0.2, 0.2, 0.2, 0.2);
    private static final Weights GLOBAL = new Weights(0.25, 0.25, 0.2, 0.15, 0.15);

    private final WeightsPolicy policy = new WeightsPolicy();

    @Test
    void usesTheDefaultsWhenNothingElseExists() {
        assertThat(policy.choose(WeightsCandidates.NONE))
                .isEqualTo(new ChosenWeights(Weights.DEFAULT, WeightsSource.DEFAULT));
    }

    @Test
    void prefersTheTenantsManualWeightsOverEverythingLearned() {
        WeightsCandidates candidates = everythingTrustworthy().withTenantManual(MANUAL);

        assertThat(policy.choose(candidates)).isEqualTo(new ChosenWeights(MANUAL, WeightsSource.TENANT_MANUAL));
    }

    @Test
    void usesTheTenantsLearnedWeightsAboveSevenTenthsWithFiftyConversions() {
        assertThat(policy.choose(everythingTrustworthy()))
                .isEqualTo(new ChosenWeights(TENANT, WeightsSource.TENANT_LEARNED));
    }

    @Test
    void passesOverTenantLearnedWeightsAtExactlySevenTenthsConfidence() {
        WeightsCandidates candidates = everythingTrustworthy()
                .withTenantLearned(new TenantLearnedWeights(TENANT, 0.7, 5_000));

        assertThat(policy.choose(candidates).source()).isEqualTo(WeightsSource.PLATFORM_INDUSTRY);
    }

    @Test
    void passesOverTenantLearnedWeightsFromFortyNineConversions() {
        WeightsCandidates candidates = everythingTrustworthy()
                .withTenantLearned(new TenantLearnedWeights(TENANT, 0.99, 49));

        assertThat(policy.choose(candidates).source()).isEqualTo(WeightsSource.PLATFORM_INDUSTRY);
    }

    @Test
    void usesIndustryWeightsAboveSixTenthsConfidence() {
        WeightsCandidates candidates = WeightsCandidates.NONE
                .withPlatformIndustry(new PlatformLearnedWeights(INDUSTRY, 0.61))
                .withPlatformGlobal(new PlatformLearnedWeights(GLOBAL, 0.99));

        assertThat(policy.choose(candidates)).isEqualTo(new ChosenWeights(INDUSTRY, WeightsSource.PLATFORM_INDUSTRY));
    }

    @Test
    void passesOverIndustryWeightsAtExactlySixTenthsConfidence() {
        WeightsCandidates candidates = WeightsCandidates.NONE
                .withPlatformIndustry(new PlatformLearnedWeights(INDUSTRY, 0.6))
                .withPlatformGlobal(new PlatformLearnedWeights(GLOBAL, 0.99));

        assertThat(policy.choose(candidates)).isEqualTo(new ChosenWeights(GLOBAL, WeightsSource.PLATFORM_GLOBAL));
    }

    @Test
    void usesGlobalWeightsAboveHalfConfidence() {
        WeightsCandidates candidates = WeightsCandidates.NONE
                .withPlatformGlobal(new PlatformLearnedWeights(GLOBAL, 0.51));

        assertThat(policy.choose(candidates)).isEqualTo(new ChosenWeights(GLOBAL, WeightsSource.PLATFORM_GLOBAL));
    }

    @Test
    void fallsBackToTheDefaultsWhenGlobalConfidenceIsExactlyHalf() {
        WeightsCandidates candidates = WeightsCandidates.NONE
                .withTenantLearned(new TenantLearnedWeights(TENANT, 0.7, 50))
                .withPlatformIndustry(new PlatformLearnedWeights(INDUSTRY, 0.6))
                .withPlatformGlobal(new PlatformLearnedWeights(GLOBAL, 0.5));

        assertThat(policy.choose(candidates)).isEqualTo(ChosenWeights.DEFAULT);
    }

    @Test
    void rejectsAConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new PlatformLearnedWeights(GLOBAL, 1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence is 0-1, was 1.2");
        assertThatThrownBy(() -> new TenantLearnedWeights(TENANT, Double.NaN, 60))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeConversions() {
        assertThatThrownBy(() -> new TenantLearnedWeights(TENANT, 0.9, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsTheSourceWithItsWireName() {
        assertThat(WeightsSource.values()).extracting(WeightsSource::wireName)
                .containsExactly("tenant_manual", "tenant_learned", "platform_industry", "platform_global", "default");
        assertThat(WeightsSource.fromWire("platform_industry")).isEqualTo(WeightsSource.PLATFORM_INDUSTRY);
    }

    private static WeightsCandidates everythingTrustworthy() {
        return WeightsCandidates.NONE
                .withTenantLearned(new TenantLearnedWeights(TENANT, 0.71, 50))
                .withPlatformIndustry(new PlatformLearnedWeights(INDUSTRY, 0.9))
                .withPlatformGlobal(new PlatformLearnedWeights(GLOBAL, 0.9));
    }
}
