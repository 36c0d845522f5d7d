package com.agencyos.analytics.intelligence.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.analytics.intelligence.application.ConversionIntelligence.ScopeResult;
import com.agencyos.analytics.intelligence.application.LearningData.LeadOutcome;
import com.agencyos.analytics.intelligence.domain.ComponentWeights;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Learned;
import com.agencyos.analytics.intelligence.domain.WeightLearner.NotLearned;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Result;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Rules;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversionIntelligenceTest {

    static final Rules RULES = new Rules(200, 20, 1.0);
    static final UUID SHARING = UUID.randomUUID();
    static final UUID PRIVATE = UUID.randomUUID();

    /** Leads whose meetings depend on authority alone, in the given industry, of a tenant that shares or does not. */
    static List<LeadOutcome> leads(UUID tenant, boolean sharing, String industry, int count, long seed) {
        double[] max = ComponentWeights.DEFAULT.values();
        Random random = new Random(seed);
        List<LeadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] points = new double[5];
            for (int j = 0; j < 5; j++) {
                points[j] = random.nextDouble() * max[j];
            }
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(3 - 5 * points[1] / max[1]));
            outcomes.add(new LeadOutcome(tenant, industry, sharing, new Sample(points, max, converted)));
        }
        return outcomes;
    }

    static Result scope(List<ScopeResult> results, String scope, UUID tenant, String industry) {
        return results.stream().filter(r -> r.scope().equals(scope) && Objects.equals(r.tenantId(), tenant)
                && Objects.equals(r.industry(), industry)).findFirst().orElseThrow().result();
    }

    static long sampleSize(Result result) {
        return switch (result) {
            case Learned learned -> learned.sampleSize();
            case NotLearned notLearned -> notLearned.sampleSize();
        };
    }

    @Test
    void industryAndPlatformWeightsLearnOnlyFromTenantsThatConsentToDataSharing() {
        List<LeadOutcome> outcomes = new ArrayList<>(leads(SHARING, true, "plumbing", 400, 1));
        outcomes.addAll(leads(PRIVATE, false, "plumbing", 300, 2));
        outcomes.addAll(leads(PRIVATE, false, "dental", 300, 3));

        List<ScopeResult> results = ConversionIntelligence.learnAll(outcomes, true, RULES);

        assertThat(sampleSize(scope(results, "global", null, null))).isEqualTo(400);
        assertThat(sampleSize(scope(results, "industry", null, "plumbing"))).isEqualTo(400);
        assertThat(results).noneMatch(r -> "dental".equals(r.industry()));
        assertThat(sampleSize(scope(results, "tenant", PRIVATE, null))).isEqualTo(600);
        assertThat(scope(results, "tenant", PRIVATE, null)).isInstanceOf(Learned.class);
    }

    @Test
    void aTenantLearningOnDemandLearnsNoIndustryOrPlatformWeights() {
        List<ScopeResult> results = ConversionIntelligence.learnAll(leads(SHARING, true, "plumbing", 400, 4), false,
                RULES);

        assertThat(results).extracting(ScopeResult::scope).containsExactly("tenant");
    }
}
