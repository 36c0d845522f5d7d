package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the shipped classifier on the held-out split, which neither the model nor the signals were tuned on,
 * and writes the tables to {@code target/classifier-report.txt}.
 */
class ClassifierAccuracyTest {

    private static final double MIN_ACCURACY = 0.90;
    private static final double MIN_RECALL = 0.75;
    private static final ReplyIntent[] INTENTS = ReplyIntent.values();
    private static final Path REPORT = Path.of("target", "classifier-report.txt");

    private static final BuiltinReplyClassifier classifier = BuiltinReplyClassifier.withShippedModel();
    private static final NaiveBayesModel model = NaiveBayesModel.shipped();
    private static final List<Verdict> verdicts = new ArrayList<>();
    private static final int[][] confusion = new int[INTENTS.length][INTENTS.length];

    private record Verdict(LabelledReplies.Reply reply, Classification classification, ReplyIntent wordModelAlone,
                           ReplyIntent signalsAlone) {
        boolean correct() {
            return classification.intent() == reply.intent();
        }
    }

    @BeforeAll
    static void classifyTheHeldOutSplit() throws IOException {
        for (LabelledReplies.Reply reply : LabelledReplies.heldOutSplit()) {
            Classification classification = classifier.classify(reply.text(), reply.receivedOn());
            String stripped = classification.strippedText();
            double[] wordModel = model.logLikelihoods(ReplyFeatures.of(stripped));
            Map<ReplyIntent, Double> evidence = IntentSignals.evidence(ReplyFeatures.normalise(stripped));
            ReplyIntent strongestSignal = evidence.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            verdicts.add(new Verdict(reply, classification, INTENTS[BuiltinReplyClassifier.mostLikely(wordModel)], strongestSignal));
            confusion[reply.intent().ordinal()][classification.intent().ordinal()]++;
        }
        String report = report();
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    }

    @Test
    void heldOutSplitIsLargeEnoughToMeanSomething() {
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(100);
        for (ReplyIntent intent : INTENTS) {
            assertThat(support(intent)).as("held-out replies labelled %s", intent.wireName()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void classifiesAtLeastNinetyPercentOfHeldOutRepliesCorrectly() {
        assertThat(accuracy()).as("held-out accuracy, see %s", REPORT).isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    @Test
    void recallsAtLeastThreeQuartersOfEveryIntent() {
        for (ReplyIntent intent : INTENTS) {
            assertThat(recall(intent)).as("held-out recall of %s, see %s", intent.wireName(), REPORT)
                    .isGreaterThanOrEqualTo(MIN_RECALL);
        }
    }

    private static double accuracy() {
        return (double) verdicts.stream().filter(Verdict::correct).count() / verdicts.size();
    }

    private static int support(ReplyIntent intent) {
        int total = 0;
        for (int predicted = 0; predicted < INTENTS.length; predicted++) {
            total += confusion[intent.ordinal()][predicted];
        }
        return total;
    }

    private static double recall(ReplyIntent intent) {
        return (double) confusion[intent.ordinal()][intent.ordinal()] / support(intent);
    }

    private static double precision(ReplyIntent intent) {
        int predicted = 0;
        for (int truth = 0; truth < INTENTS.length; truth++) {
            predicted += confusion[truth][intent.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[intent.ordinal()][intent.ordinal()] / predicted;
    }

    private static String report() {
        StringBuilder out = new StringBuilder();
        int correct = (int) verdicts.stream().filter(Verdict::correct).count();
        line(out, "Built-in reply classifier, held-out split of %s (%d of %d replies; trained on the other %d)",
                LabelledReplies.RESOURCE, verdicts.size(), LabelledReplies.all().size(),
                LabelledReplies.all().size() - verdicts.size());
        line(out, "Model: alpha %.2f, temperature %.2f", model.alpha(), model.temperature());
        line(out, "");
        line(out, "Overall accuracy: %.3f (%d/%d)", accuracy(), correct, verdicts.size());
        line(out, "");
        line(out, "%-16s %7s %9s %7s %6s", "intent", "support", "precision", "recall", "F1");
        for (ReplyIntent intent : INTENTS) {
            double p = precision(intent);
            double r = recall(intent);
            line(out, "%-16s %7d %9.3f %7.3f %6.3f", intent.wireName(), support(intent), p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        line(out, "");
        line(out, "Confusion matrix (rows: labelled, columns: predicted)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", ""));
        for (ReplyIntent intent : INTENTS) {
            header.append(String.format(Locale.ROOT, " %8s", abbreviation(intent)));
        }
        line(out, "%s", header);
        for (ReplyIntent truth : INTENTS) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", truth.wireName()));
            for (ReplyIntent predicted : INTENTS) {
                row.append(String.format(Locale.ROOT, " %8d", confusion[truth.ordinal()][predicted.ordinal()]));
            }
            line(out, "%s", row);
        }
        line(out, "");
        List<Verdict> outOfOffice = verdicts.stream()
                .filter(v -> v.reply().intent() == ReplyIntent.OUT_OF_OFFICE && v.correct()).toList();
        long datesRight = outOfOffice.stream()
                .filter(v -> Objects.equals(v.classification().returnDate(), v.reply().expectedReturnDate())).count();
        line(out, "Return date exact on correctly classified out-of-office replies: %d/%d", datesRight, outOfOffice.size());
        line(out, "");
        line(out, "Calibration (confidence bins): bin, replies, mean confidence, accuracy");
        double expectedCalibrationError = 0;
        double[] edges = {0, 0.5, 0.7, 0.9, 0.97, 1.0001};
        for (int b = 0; b + 1 < edges.length; b++) {
            double low = edges[b];
            double high = edges[b + 1];
            List<Verdict> bin = verdicts.stream()
                    .filter(v -> v.classification().confidence() >= low && v.classification().confidence() < high).toList();
            if (bin.isEmpty()) {
                continue;
            }
            double meanConfidence = bin.stream().mapToDouble(v -> v.classification().confidence()).average().orElse(0);
            double binAccuracy = (double) bin.stream().filter(Verdict::correct).count() / bin.size();
            expectedCalibrationError += Math.abs(meanConfidence - binAccuracy) * bin.size() / verdicts.size();
            line(out, "  [%.2f, %.2f) %4d %6.3f %6.3f", low, Math.min(high, 1.0), bin.size(), meanConfidence, binAccuracy);
        }
        line(out, "  expected calibration error: %.3f", expectedCalibrationError);
        line(out, "");
        line(out, "Ablation on the same split: word model alone %.3f, strongest phrase signal alone %.3f (no signal counts as wrong)",
                share(verdicts.stream().filter(v -> v.wordModelAlone() == v.reply().intent()).count()),
                share(verdicts.stream().filter(v -> v.signalsAlone() == v.reply().intent()).count()));
        line(out, "");
        line(out, "Misclassified:");
        verdicts.stream().filter(v -> !v.correct()).forEach(v -> line(out, "  %s %s -> %s (%.2f) phrases %s: %s",
                v.reply().id(), v.reply().intent().wireName(), v.classification().intent().wireName(),
                v.classification().confidence(), IntentSignals.firing(ReplyFeatures.normalise(v.classification().strippedText())),
                v.classification().excerpt().replace('\n', ' ')));
        return out.toString();
    }

    private static double share(long count) {
        return (double) count / verdicts.size();
    }

    private static String abbreviation(ReplyIntent intent) {
        return switch (intent) {
            case MEETING_REQUEST -> "meeting";
            case INTERESTED -> "interest";
            case QUESTION -> "question";
            case NOT_INTERESTED -> "not_int";
            case UNSUBSCRIBE -> "unsub";
            case OUT_OF_OFFICE -> "ooo";
            case AUTO_REPLY -> "auto";
        };
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
