package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LabelledRepliesTest {

    private final List<LabelledReplies.Reply> replies = LabelledReplies.all();

    @Test
    void holdsAtLeastFortyRepliesForEveryIntent() {
        Map<ReplyIntent, Long> perIntent = replies.stream()
                .collect(Collectors.groupingBy(LabelledReplies.Reply::intent, Collectors.counting()));

        assertThat(perIntent).containsOnlyKeys(ReplyIntent.values());
        assertThat(perIntent.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(40));
    }

    @Test
    void identifiesEveryReplyOnce() {
        Map<String, Long> ids = replies.stream().collect(Collectors.groupingBy(LabelledReplies.Reply::id, Collectors.counting()));

        assertThat(ids).hasSize(replies.size());
    }

    @Test
    void holdsOutRoughlyThirtyPercentAndNeverTrainsOnThem() {
        List<String> heldOut = LabelledReplies.heldOutSplit().stream().map(LabelledReplies.Reply::id).toList();
        List<String> train = LabelledReplies.trainSplit().stream().map(LabelledReplies.Reply::id).toList();

        assertThat(heldOut.size() + train.size()).isEqualTo(replies.size());
        assertThat(train).doesNotContainAnyElementsOf(heldOut);
        assertThat((double) heldOut.size() / replies.size()).isBetween(0.25, 0.35);
    }

    @Test
    void statesAReturnDateExpectationOnlyForOutOfOfficeReplies() {
        assertThat(replies).filteredOn(reply -> reply.expectedReturnDate() != null)
                .extracting(LabelledReplies.Reply::intent)
                .containsOnly(ReplyIntent.OUT_OF_OFFICE);
    }

    @Test
    void containsNoDuplicateReplyText() {
        Map<String, Long> texts = replies.stream()
                .collect(Collectors.groupingBy(LabelledReplies.Reply::text, Collectors.counting()));

        assertThat(texts).allSatisfy((text, count) -> assertThat(count).as(text).isEqualTo(1L));
    }
}
