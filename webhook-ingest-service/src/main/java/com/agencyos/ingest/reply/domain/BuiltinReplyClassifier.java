package com.agencyos.ingest.reply.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The offline classifier: phrase signals plus a Naive Bayes word model trained on the labelled replies, combined
 * into calibrated probabilities (see the package documentation for why this shape).
 */
public final class BuiltinReplyClassifier implements ReplyClassifier {

    public static final String NAME = "builtin";
    private static final ReplyIntent[] INTENTS = ReplyIntent.values();

    private final NaiveBayesModel model;

    BuiltinReplyClassifier(NaiveBayesModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Loads the model that ships on the classpath; create once and share, classification is thread-safe. */
    public static BuiltinReplyClassifier withShippedModel() {
        return new BuiltinReplyClassifier(NaiveBayesModel.shipped());
    }

    @Override
    public Classification classify(String rawText, LocalDate receivedOn) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        String stripped = ReplyText.strip(rawText);
        if (stripped.isEmpty()) {
            // Nothing written by a person: treated like a machine's reply, with the confidence of a blind guess.
            return new Classification(ReplyIntent.AUTO_REPLY, 1.0 / INTENTS.length, null, NAME, stripped);
        }
        double[] probabilities = probabilities(model, stripped);
        int best = mostLikely(probabilities);
        ReplyIntent intent = INTENTS[best];
        LocalDate returnDate = intent == ReplyIntent.OUT_OF_OFFICE
                ? ReturnDateParser.parse(stripped, receivedOn).orElse(null)
                : null;
        return new Classification(intent, probabilities[best], returnDate, NAME, stripped);
    }

    /** The index of the highest probability; ties go to the intent declared first, so the result is deterministic. */
    static int mostLikely(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Softmax of the word model's tempered log-likelihoods plus the phrase evidence, indexed by intent ordinal. */
    static double[] probabilities(NaiveBayesModel model, String strippedText) {
        return probabilities(model, ReplyFeatures.of(strippedText), IntentSignals.evidence(ReplyFeatures.normalise(strippedText)));
    }

    static double[] probabilities(NaiveBayesModel model, Set<String> features, Map<ReplyIntent, Double> evidence) {
        return combine(model.logLikelihoods(features), model.temperature(), evidence);
    }

    static double[] combine(double[] logLikelihoods, double temperature, Map<ReplyIntent, Double> evidence) {
        double[] scores = new double[logLikelihoods.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = logLikelihoods[c] / temperature + evidence.getOrDefault(INTENTS[c], 0.0);
            max = Math.max(max, scores[c]);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }
}
