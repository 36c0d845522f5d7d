package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void theDirectParentComesFirstThenTheThreadFromTheNewestBack() {
        assertThat(MessageIds.referenced("<c@x>", "<a@x> <b@x>\r\n <c@x>"))
                .containsExactly("<c@x>", "<b@x>", "<a@x>");
    }

    @Test
    void missingOrGarbledHeadersNameNothing() {
        assertThat(MessageIds.referenced(null, null)).isEmpty();
        assertThat(MessageIds.referenced("no brackets here", "<>")).isEmpty();
    }

    @Test
    void aHostileHeaderIsCutAtAHundredIds() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            many.append("<m").append(i).append("@x> ");
        }
        assertThat(MessageIds.referenced(null, many.toString())).hasSize(MessageIds.MAX_IDS);
    }
}
