package com.agencyos.ingest.reply.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Builds the shipped model from labelled replies: strips each reply as production will, counts its features, and
 * picks the smoothing and the temperature by five-fold cross-validation on the examples it is given (accuracy
 * first, then log-loss, so the confidence is calibrated). Callers pass the train split only.
 */
final class ReplyModelTrainer {

    private static final double[] ALPHAS = {0.1, 0.25, 0.5, 1.0};
    private static final double[] TEMPERATURES = {1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16};
    private static final int FOLDS = 5;

    private ReplyModelTrainer() {
    }

    record LabelledReply(String id, ReplyIntent intent, String rawText) {
    }

    private record Prepared(int fold, NaiveBayesModel.Example example, Map<ReplyIntent, Double> evidence) {
    }

    static NaiveBayesModel train(List<LabelledReply> replies) {
        List<Prepared> prepared = replies.stream().map(reply -> {
            String stripped = ReplyText.strip(reply.rawText());
            return new Prepared(fold(reply.id()), new NaiveBayesModel.Example(reply.intent(), ReplyFeatures.of(stripped)),
                    IntentSignals.evidence(ReplyFeatures.normalise(stripped)));
        }).toList();
        double bestAlpha = ALPHAS[0];
        double bestTemperature = TEMPERATURES[0];
        double bestAccuracy = -1;
        double bestLogLoss = Double.POSITIVE_INFINITY;
        for (double alpha : ALPHAS) {
            double[][] outOfFold = outOfFoldLogLikelihoods(prepared, alpha);
            for (double temperature : TEMPERATURES) {
                int correct = 0;
                double logLoss = 0;
                for (int i = 0; i < prepared.size(); i++) {
                    Prepared p = prepared.get(i);
                    double[] probabilities = BuiltinReplyClassifier.combine(outOfFold[i], temperature, p.evidence());
                    int truth = p.example().intent().ordinal();
                    correct += BuiltinReplyClassifier.mostLikely(probabilities) == truth ? 1 : 0;
                    logLoss -= Math.log(Math.max(probabilities[truth], 1e-12));
                }
                double accuracy = (double) correct / prepared.size();
                if (accuracy > bestAccuracy || (accuracy == bestAccuracy && logLoss < bestLogLoss)) {
                    bestAccuracy = accuracy;
                    bestLogLoss = logLoss;
                    bestAlpha = alpha;
                    bestTemperature = temperature;
                }
            }
        }
        return NaiveBayesModel.count(prepared.stream().map(Prepared::example).toList(), bestAlpha, bestTemperature);
    }

    /** Each example's log-likelihoods under the model counted from the other folds. */
    private static double[][] outOfFoldLogLikelihoods(List<Prepared> prepared, double alpha) {
        double[][] logLikelihoods = new double[prepared.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            int heldOut = fold;
            NaiveBayesModel model = NaiveBayesModel.count(prepared.stream()
                    .filter(p -> p.fold() != heldOut).map(Prepared::example).toList(), alpha, 1);
            for (int i = 0; i < prepared.size(); i++) {
                if (prepared.get(i).fold() == heldOut) {
                    logLikelihoods[i] = model.logLikelihoods(prepared.get(i).example().features());
                }
            }
        }
        return logLikelihoods;
    }

    /** Folds by a hash salted differently from the held-out split, so the two partitions are independent. */
    private static int fold(String id) {
        return Math.floorMod(hash("fold:" + id), FOLDS);
    }

    static int hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
