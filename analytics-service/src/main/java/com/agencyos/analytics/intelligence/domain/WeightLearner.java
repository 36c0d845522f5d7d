package com.agencyos.analytics.intelligence.domain;

import com.agencyos.analytics.intelligence.domain.LogisticRegression.Example;
import com.agencyos.analytics.intelligence.domain.LogisticRegression.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Learns how much each ALS component should weigh from which scored leads went on to book a meeting.
 *
 * <p>Each lead's five component points are divided by the most that component could score in that lead's scoring,
 * so every feature runs from 0 to 1 whatever weights were used. A ridge logistic regression of "meeting booked" on
 * those five features then gives, per component, β: how much the log-odds of a meeting rise from no points to full
 * points. A component's learned weight is its share of the positive βs, in points out of 100; a component whose β
 * is not positive (it does not help predict meetings) gets 0.
 *
 * <p>Confidence is how stable those shares are: the data is resampled with replacement {@value #RESAMPLES} times,
 * the weights are learned again from each resample, and confidence is 1 minus the mean total variation distance
 * (half the sum of absolute differences of shares) between the resampled and the learned weights. Few or noisy
 * outcomes move the weights a lot between resamples and give a low confidence; many clear outcomes give one near 1.
 */
public final class WeightLearner {

    static final int RESAMPLES = 20;
    static final int MAX_RESAMPLE_SIZE = 50_000;

    private WeightLearner() {
    }

    /**
     * One scored lead whose outcome is known.
     *
     * @param points the five component points of its scoring, in {@link ComponentWeights#NAMES} order
     * @param maxPoints the most each component could score in that scoring (its weights)
     */
    public record Sample(double[] points, double[] maxPoints, boolean converted) {

        double[] features() {
            double[] x = new double[5];
            double[] fallback = ComponentWeights.DEFAULT.values();
            for (int j = 0; j < 5; j++) {
                double max = maxPoints != null && maxPoints[j] > 0 ? maxPoints[j] : fallback[j];
                x[j] = Math.clamp(points[j] / max, 0.0, 1.0);
            }
            return x;
        }
    }

    /** The minimums below which nothing is learned, and the ridge penalty. */
    public record Rules(int minSample, int minConversions, double ridge) {
    }

    /** What learning from one scope's samples gave. */
    public sealed interface Result {

        long sampleSize();

        long conversions();
    }

    public record Learned(ComponentWeights weights, double confidence, long sampleSize, long conversions)
            implements Result {
    }

    public record NotLearned(String reason, long sampleSize, long conversions) implements Result {
    }

    public static Result learn(List<Sample> samples, Rules rules) {
        long conversions = samples.stream().filter(Sample::converted).count();
        long size = samples.size();
        if (size < rules.minSample()) {
            return new NotLearned("needs at least " + rules.minSample() + " leads with a known outcome", size,
                    conversions);
        }
        if (conversions < rules.minConversions() || size - conversions < rules.minConversions()) {
            return new NotLearned("needs at least " + rules.minConversions() + " leads with and without a meeting",
                    size, conversions);
        }
        List<Example> examples = samples.stream().map(s -> new Example(s.features(), s.converted())).toList();
        double[] shares = shares(LogisticRegression.fit(examples, 5, rules.ridge()));
        if (shares == null) {
            return new NotLearned("no component raises the chance of a meeting", size, conversions);
        }
        double[] points = new double[5];
        for (int j = 0; j < 5; j++) {
            points[j] = Math.round(shares[j] * 1000) / 10.0;
        }
        return new Learned(ComponentWeights.of(points), confidence(examples, shares, rules.ridge()), size, conversions);
    }

    /** Each component's share of the positive coefficients, or null when none is positive. */
    private static double[] shares(Model model) {
        double[] positive = new double[5];
        double total = 0;
        for (int j = 0; j < 5; j++) {
            positive[j] = Math.max(0, model.coefficients()[j]);
            total += positive[j];
        }
        if (total <= 0) {
            return null;
        }
        for (int j = 0; j < 5; j++) {
            positive[j] /= total;
        }
        return positive;
    }

    private static double confidence(List<Example> examples, double[] shares, double ridge) {
        // A fixed seed: the same data always gives the same confidence.
        Random random = new Random(examples.size());
        int n = Math.min(examples.size(), MAX_RESAMPLE_SIZE);
        double distance = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            List<Example> resample = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                resample.add(examples.get(random.nextInt(examples.size())));
            }
            double[] again = shares(LogisticRegression.fit(resample, 5, ridge));
            double d = 1;
            if (again != null) {
                d = 0;
                for (int j = 0; j < 5; j++) {
                    d += Math.abs(again[j] - shares[j]);
                }
                d /= 2;
            }
            distance += d;
        }
        return Math.round((1 - distance / RESAMPLES) * 1000) / 1000.0;
    }
}
