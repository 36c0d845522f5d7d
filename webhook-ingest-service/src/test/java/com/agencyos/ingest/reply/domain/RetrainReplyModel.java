package com.agencyos.ingest.reply.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites {@code src/main/resources/replies/model.tsv} from the train split. Run from the repository root after
 * changing the labelled set, the features or the signals:
 * <pre>
 * ./mvnw -q -o -pl webhook-ingest-service test-compile &amp;&amp; (cd webhook-ingest-service &amp;&amp; \
 *     java -cp target/classes:target/test-classes com.agencyos.ingest.reply.domain.RetrainReplyModel)
 * </pre>
 * {@link ShippedReplyModelTest} fails until the shipped file matches what this would write.
 */
final class RetrainReplyModel {

    static final Path SHIPPED_MODEL = Path.of("src", "main", "resources", "replies", "model.tsv");

    private RetrainReplyModel() {
    }

    static String trainedModelText() {
        return ReplyModelTrainer.train(LabelledReplies.trainSplit().stream()
                .map(LabelledReplies.Reply::forTraining)
                .toList()).toTsv();
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : SHIPPED_MODEL;
        Files.writeString(target, trainedModelText(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target.toAbsolutePath());
    }
}
