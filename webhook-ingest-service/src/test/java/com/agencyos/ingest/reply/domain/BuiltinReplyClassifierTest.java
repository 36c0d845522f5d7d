package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltinReplyClassifierTest {

    private static final LocalDate FRIDAY_28_NOVEMBER_2025 = LocalDate.of(2025, 11, 28);
    private static final ReplyClassifier classifier = BuiltinReplyClassifier.withShippedModel();

    @ParameterizedTest(name = "\"{1}\" is {0}")
    @CsvSource(delimiter = '|', textBlock = """
            meeting_request | Sounds good — does Thursday 2pm work?
            meeting_request | yes call me tmrw
            meeting_request | Let's book a call next Tuesday at 10am, send me an invite.
            interested      | Tell me more
            interested      | Sounds interesting, keen to learn more.
            question        | Can you send pricing?
            question        | Does it integrate with Xero?
            not_interested  | not interested right now but ask me in Q3
            not_interested  | No thanks, we're happy with our current provider.
            unsubscribe     | please remove me from your list
            unsubscribe     | STOP
            out_of_office   | I'm out until 3 Dec, for urgent matters contact Sam Lee on 0400 111 222.
            out_of_office   | I'm on annual leave until Monday 5 January with no access to email.
            auto_reply      | Thank you for your email. This is an automated response to confirm we received your message. Ticket #123.
            auto_reply      | This mailbox is not monitored. Please do not reply to this email.
            """)
    void recognisesAnObviousReply(String intent, String text) {
        assertThat(classifier.classify(text, FRIDAY_28_NOVEMBER_2025).intent()).isEqualTo(ReplyIntent.fromWireName(intent));
    }

    @Test
    void classifiesWhatTheProspectWroteNotTheQuotedOutreach() {
        String raw = """
                Not interested.

                On Tue, 25 Nov 2025 at 10:02 am, Jess Taylor <jess@outboundcollective.com.au> wrote:

                > Hi Sarah, worth a 15 minute chat next week? Send me a time that works.
                > Reply STOP to unsubscribe.""";

        Classification classification = classifier.classify(raw, FRIDAY_28_NOVEMBER_2025);

        assertThat(classification.intent()).isEqualTo(ReplyIntent.NOT_INTERESTED);
        assertThat(classification.strippedText()).isEqualTo("Not interested.");
    }

    @Test
    void givesAnOutOfOfficeReplyItsReturnDate() {
        Classification classification = classifier.classify(
                "Thanks for your email. I'm on annual leave and back in the office Monday 5 January.", LocalDate.of(2025, 12, 19));

        assertThat(classification.intent()).isEqualTo(ReplyIntent.OUT_OF_OFFICE);
        assertThat(classification.returnDate()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void givesNoReturnDateWhenAnOutOfOfficeReplyStatesNone() {
        Classification classification = classifier.classify("I'm on maternity leave. Please contact Georgia.", FRIDAY_28_NOVEMBER_2025);

        assertThat(classification.intent()).isEqualTo(ReplyIntent.OUT_OF_OFFICE);
        assertThat(classification.returnDate()).isNull();
    }

    @Test
    void givesNoReturnDateToAMeetingRequestThatNamesADay() {
        Classification classification = classifier.classify("Can we do a call on Monday 1 December at 10am?", FRIDAY_28_NOVEMBER_2025);

        assertThat(classification.intent()).isEqualTo(ReplyIntent.MEETING_REQUEST);
        assertThat(classification.returnDate()).isNull();
    }

    @Test
    void isConfidentAboutAnUnmistakableReplyAndUnsureAboutAVagueOne() {
        double stop = classifier.classify("STOP", FRIDAY_28_NOVEMBER_2025).confidence();
        double ok = classifier.classify("ok", FRIDAY_28_NOVEMBER_2025).confidence();

        assertThat(stop).isGreaterThan(0.95);
        assertThat(ok).isLessThan(0.6);
    }

    @Test
    void treatsAReplyWithNothingNewInItAsAnAutoReplyWithBlindGuessConfidence() {
        Classification classification = classifier.classify("Sent from my iPhone", FRIDAY_28_NOVEMBER_2025);

        assertThat(classification.intent()).isEqualTo(ReplyIntent.AUTO_REPLY);
        assertThat(classification.confidence()).isEqualTo(1.0 / ReplyIntent.values().length);
        assertThat(classification.strippedText()).isEmpty();
    }

    @Test
    void namesItselfBuiltin() {
        assertThat(classifier.classify("Tell me more", FRIDAY_28_NOVEMBER_2025).classifier()).isEqualTo("builtin");
    }

    @Test
    void givesTheSameAnswerEveryTime() {
        String raw = "Could be a fit. Send me the deck and I'll share it with our MD.";

        assertThat(classifier.classify(raw, FRIDAY_28_NOVEMBER_2025)).isEqualTo(classifier.classify(raw, FRIDAY_28_NOVEMBER_2025));
        assertThat(BuiltinReplyClassifier.withShippedModel().classify(raw, FRIDAY_28_NOVEMBER_2025))
                .isEqualTo(classifier.classify(raw, FRIDAY_28_NOVEMBER_2025));
    }

    @Test
    void excerptIsTheFirst500CharactersOfTheStrippedReply() {
        String longReply = "Can you explain how the lead scoring works? ".repeat(20).strip();

        Classification classification = classifier.classify(longReply + "\n\nSent from my iPhone", FRIDAY_28_NOVEMBER_2025);

        assertThat(classification.strippedText()).isEqualTo(longReply);
        assertThat(classification.excerpt()).hasSize(500).isEqualTo(longReply.substring(0, 500));
    }

    @Test
    void excerptDoesNotEndInHalfAnEmoji() {
        String stripped = "a".repeat(499) + "🌴 back Monday";

        Classification classification = new Classification(ReplyIntent.OUT_OF_OFFICE, 0.9, null, "builtin", stripped);

        assertThat(classification.excerpt()).isEqualTo("a".repeat(499));
    }
}
