package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptOutTest {

    @Test
    void theCarrierKeywordsInAnyCaseAloneAreOptOuts() {
        for (String text : new String[] {"STOP", "stop", " Stop. ", "UNSUBSCRIBE", "Cancel", "end", "QUIT!", "stopall"}) {
            assertThat(OptOut.isKeyword(text)).as(text).isTrue();
        }
    }

    @Test
    void aKeywordInsideASentenceIsLeftToTheClassifier() {
        for (String text : new String[] {"Don't stop, this is great", "the end of the month works", "", "STOP IT", "stopp"}) {
            assertThat(OptOut.isKeyword(text)).as(text).isFalse();
        }
        assertThat(OptOut.isKeyword(null)).isFalse();
    }

    @Test
    void anOptOutIsACertainUnsubscribe() {
        var verdict = OptOut.classification(" STOP ");
        assertThat(verdict.intent()).isEqualTo(ReplyIntent.UNSUBSCRIBE);
        assertThat(verdict.confidence()).isEqualTo(1.0);
        assertThat(verdict.strippedText()).isEqualTo("STOP");
    }
}
