package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShippedReplyModelTest {

    @Test
    void shippedModelIsExactlyWhatTrainingOnTheTrainSplitProduces() throws IOException {
        assertThat(shippedModelText())
                .as("src/main/resources/replies/model.tsv is stale; regenerate it with RetrainReplyModel")
                .isEqualTo(RetrainReplyModel.trainedModelText());
    }

    @Test
    void shippedModelReadsBackToTheSameText() throws IOException {
        assertThat(NaiveBayesModel.shipped().toTsv()).isEqualTo(shippedModelText());
    }

    private static String shippedModelText() throws IOException {
        try (InputStream in = ShippedReplyModelTest.class.getResourceAsStream(NaiveBayesModel.RESOURCE)) {
            assertThat(in).as("model on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
