package com.agencyos.analytics.intelligence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.agencyos.analytics.intelligence.domain.WeightLearner.Learned;
import com.agencyos.analytics.intelligence.domain.WeightLearner.NotLearned;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Rules;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class WeightLearnerTest {

    static final Rules RULES = new Rules(200, 20, 1.0);
    static final double[] MAX = ComponentWeights.DEFAULT.values();

    /**
     * Leads with random component points whose chance of a meeting is the logistic of {@code logOdds} applied to
     * their features (each component's points over its maximum, from 0 to 1).
     */
    static List<Sample> history(int leads, long seed, ToDoubleFunction<double[]> logOdds) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            double[] x = new double[5];
            double[] points = new double[5];
            for (int j = 0; j < 5; j++) {
                x[j] = random.nextDouble();
                points[j] = x[j] * MAX[j];
            }
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-logOdds.applyAsDouble(x)));
            samples.add(new Sample(points, MAX, converted));
        }
        return samples;
    }

    @Test
    void conversionsThatDependOnlyOnAuthorityGiveAuthorityTheLargestWeight() {
        var result = WeightLearner.learn(history(3000, 7, x -> -3 + 5 * x[1]), RULES);

        assertThat(result).isInstanceOfSatisfying(Learned.class, learned -> {
            assertThat(learned.weights().largest()).isEqualTo("authority");
            assertThat(learned.weights().authority()).isGreaterThan(70);
            assertThat(Arrays.stream(learned.weights().values()).sum()).isCloseTo(100, within(0.5));
            assertThat(learned.sampleSize()).isEqualTo(3000);
            assertThat(learned.confidence()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void twoComponentsThatMatterEquallyShareTheWeight() {
        var result = WeightLearner.learn(history(20_000, 11, x -> -4 + 3 * x[2] + 3 * x[3]), RULES);

        assertThat(result).isInstanceOfSatisfying(Learned.class, learned -> {
            assertThat(learned.weights().companyFit()).isCloseTo(50, within(8.0));
            assertThat(learned.weights().timing()).isCloseTo(50, within(8.0));
            assertThat(learned.weights().dataQuality() + learned.weights().authority() + learned.weights().risk())
                    .isLessThan(10);
        });
    }

    @Test
    void moreOutcomesGiveMoreConfidence() {
        var few = (Learned) WeightLearner.learn(history(300, 3, x -> -2 + 2 * x[1]), RULES);
        var many = (Learned) WeightLearner.learn(history(30_000, 3, x -> -2 + 2 * x[1]), RULES);

        assertThat(many.confidence()).isGreaterThan(few.confidence());
    }

    @Test
    void nothingIsLearnedBelowTheMinimumSampleOrWithTooFewMeetings() {
        assertThat(WeightLearner.learn(history(199, 5, x -> 0), RULES)).isInstanceOfSatisfying(NotLearned.class,
                skipped -> assertThat(skipped.sampleSize()).isEqualTo(199));
        assertThat(WeightLearner.learn(history(1000, 5, x -> -8), RULES)).isInstanceOfSatisfying(NotLearned.class,
                skipped -> assertThat(skipped.reason()).contains("with and without a meeting"));
    }

    @Test
    void componentsThatLowerTheChanceOfAMeetingGetNoWeight() {
        var result = (Learned) WeightLearner.learn(history(5000, 9, x -> -1 + 3 * x[0] - 3 * x[4]), RULES);

        assertThat(result.weights().risk()).isZero();
        assertThat(result.weights().largest()).isEqualTo("dataQuality");
    }

    @Test
    void theSameHistoryAlwaysGivesTheSameWeightsAndConfidence() {
        var history = history(1000, 13, x -> -2 + 3 * x[1]);

        assertThat(WeightLearner.learn(history, RULES)).isEqualTo(WeightLearner.learn(history, RULES));
    }
}
