package com.agencyos.ingest.reply.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Multinomial Naive Bayes over binary reply features, with Laplace smoothing {@code alpha} and a calibration
 * {@code temperature} that scales its log-likelihoods before they are combined with the phrase signals.
 *
 * <p>Stored as counts, not probabilities, so the shipped file is exact and a retrained model compares equal to it.
 * Class priors are deliberately left out: the labelled set is balanced by construction, real traffic is not,
 * and a prior fitted to either would be wrong for the other.
 */
final class NaiveBayesModel {

    static final String RESOURCE = "/replies/model.tsv";
    private static final int FORMAT = 1;
    private static final ReplyIntent[] INTENTS = ReplyIntent.values();

    private final double alpha;
    private final double temperature;
    private final int[] documents;
    private final Map<String, int[]> featureCounts;
    private final double[] logDenominators;

    NaiveBayesModel(double alpha, double temperature, int[] documents, Map<String, int[]> featureCounts) {
        this.alpha = alpha;
        this.temperature = temperature;
        this.documents = documents.clone();
        this.featureCounts = new TreeMap<>(featureCounts);
        int[] totals = new int[INTENTS.length];
        this.featureCounts.values().forEach(counts -> {
            for (int c = 0; c < counts.length; c++) {
                totals[c] += counts[c];
            }
        });
        this.logDenominators = new double[INTENTS.length];
        for (int c = 0; c < INTENTS.length; c++) {
            logDenominators[c] = Math.log(totals[c] + alpha * this.featureCounts.size());
        }
    }

    static NaiveBayesModel count(Collection<Example> examples, double alpha, double temperature) {
        int[] documents = new int[INTENTS.length];
        Map<String, int[]> counts = new TreeMap<>();
        for (Example example : examples) {
            int c = example.intent().ordinal();
            documents[c]++;
            for (String feature : example.features()) {
                counts.computeIfAbsent(feature, unused -> new int[INTENTS.length])[c]++;
            }
        }
        return new NaiveBayesModel(alpha, temperature, documents, counts);
    }

    record Example(ReplyIntent intent, Set<String> features) {
    }

    double temperature() {
        return temperature;
    }

    double alpha() {
        return alpha;
    }

    /** Log-likelihood of the features under each intent, indexed by ordinal; features never seen in training are ignored. */
    double[] logLikelihoods(Set<String> features) {
        double[] scores = new double[INTENTS.length];
        for (String feature : features) {
            int[] counts = featureCounts.get(feature);
            if (counts == null) {
                continue;
            }
            for (int c = 0; c < INTENTS.length; c++) {
                scores[c] += Math.log(counts[c] + alpha) - logDenominators[c];
            }
        }
        return scores;
    }

    static NaiveBayesModel shipped() {
        try (InputStream in = NaiveBayesModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reply model resource missing: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NaiveBayesModel read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        double alpha = Double.NaN;
        double temperature = Double.NaN;
        int[] documents = null;
        Map<String, int[]> counts = new TreeMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            switch (cells[0]) {
                case "format" -> {
                    if (Integer.parseInt(cells[1]) != FORMAT) {
                        throw new IllegalArgumentException("Unsupported reply model format " + cells[1]);
                    }
                }
                case "alpha" -> alpha = Double.parseDouble(cells[1]);
                case "temperature" -> temperature = Double.parseDouble(cells[1]);
                case "intents" -> {
                    for (int c = 0; c < INTENTS.length; c++) {
                        if (!INTENTS[c].wireName().equals(cells[c + 1])) {
                            throw new IllegalArgumentException("Reply model intents out of order at " + cells[c + 1]);
                        }
                    }
                }
                case "documents" -> documents = ints(cells);
                case "feature" -> counts.put(cells[1], ints(Arrays.copyOfRange(cells, 1, cells.length)));
                default -> throw new IllegalArgumentException("Unknown reply model line: " + cells[0]);
            }
        }
        if (documents == null || Double.isNaN(alpha) || Double.isNaN(temperature)) {
            throw new IllegalArgumentException("Reply model is incomplete");
        }
        return new NaiveBayesModel(alpha, temperature, documents, counts);
    }

    private static int[] ints(String[] cells) {
        if (cells.length != INTENTS.length + 1) {
            throw new IllegalArgumentException("Reply model line has " + cells.length + " cells: " + cells[0]);
        }
        int[] values = new int[INTENTS.length];
        for (int c = 0; c < INTENTS.length; c++) {
            values[c] = Integer.parseInt(cells[c + 1]);
        }
        return values;
    }

    /** Deterministic text: same counts, same bytes. */
    String toTsv() {
        StringBuilder out = new StringBuilder();
        out.append("# Reply-intent Naive Bayes model: per-intent document counts of each feature.\n");
        out.append("# Trained by ReplyModelTrainer on the train split of src/test/resources/replies/labelled-replies.jsonl.\n");
        out.append("# Regenerate with the test-scope RetrainReplyModel (see its javadoc); never edit by hand.\n");
        out.append("format\t").append(FORMAT).append('\n');
        out.append("alpha\t").append(format(alpha)).append('\n');
        out.append("temperature\t").append(format(temperature)).append('\n');
        out.append("intents");
        for (ReplyIntent intent : INTENTS) {
            out.append('\t').append(intent.wireName());
        }
        out.append('\n');
        appendCounts(out, "documents", documents);
        featureCounts.forEach((feature, counts) -> appendCounts(out, "feature\t" + feature, counts));
        return out.toString();
    }

    private static void appendCounts(StringBuilder out, String key, int[] counts) {
        out.append(key);
        for (int count : counts) {
            out.append('\t').append(count);
        }
        out.append('\n');
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
