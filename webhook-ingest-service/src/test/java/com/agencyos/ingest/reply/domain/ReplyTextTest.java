package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

    private static final String OUTREACH = """
            Hi Sarah,

            Worth a 15 minute chat next week? If not, reply STOP and I'll remove you from our list.

            Cheers,
            Jess""";

    @Test
    void removesGmailQuotedHistoryUnderOnWroteLine() {
        String raw = "Can you send pricing?\n\nOn Tue, 3 Dec 2024 at 10:02 am, Jess Taylor <jess@outboundcollective.com.au> wrote:\n\n"
                + quoted(OUTREACH);

        assertThat(ReplyText.strip(raw)).isEqualTo("Can you send pricing?");
    }

    @Test
    void removesReplyHeaderThatTheMailClientWrappedOverTwoLines() {
        String raw = "Not interested.\n\nOn Tue, 3 Dec 2024 at 10:02, Jess Taylor <\njess@outboundcollective.com.au> wrote:\n\n"
                + quoted(OUTREACH);

        assertThat(ReplyText.strip(raw)).isEqualTo("Not interested.");
    }

    @Test
    void removesFrenchAndGermanReplyHeaders() {
        String french = "Oui, appelez-moi demain.\n\nLe mar. 3 déc. 2024 à 10:02, Jess Taylor <jess@x.com.au> a écrit :\n\n" + quoted(OUTREACH);
        String german = "Bitte rufen Sie mich an.\n\nAm Di., 3. Dez. 2024 um 10:02 Uhr schrieb Jess Taylor <jess@x.com.au>:\n\n" + quoted(OUTREACH);

        assertThat(ReplyText.strip(french)).isEqualTo("Oui, appelez-moi demain.");
        assertThat(ReplyText.strip(german)).isEqualTo("Bitte rufen Sie mich an.");
    }

    @Test
    void removesOutlookOriginalMessageBlockAndTheUnquotedCopyBelowIt() {
        String raw = "Happy to chat Thursday at 2.\n\n-----Original Message-----\nFrom: Jess Taylor [mailto:jess@x.com.au]\n"
                + "Sent: Tuesday, December 3, 2024 10:02 AM\nTo: Sarah Nguyen\nSubject: Quick question\n\n" + OUTREACH;

        assertThat(ReplyText.strip(raw)).isEqualTo("Happy to chat Thursday at 2.");
    }

    @Test
    void removesOutlookFromAndSentHeaderBelowAnUnderscoreRule() {
        String raw = "Please remove me from your list.\n\n________________________________\nFrom: Jess Taylor <jess@x.com.au>\n"
                + "Sent: Tuesday, 3 December 2024 10:02 AM\nTo: Sarah Nguyen <sarah@y.com.au>\nSubject: Quick question\n\n" + OUTREACH;

        assertThat(ReplyText.strip(raw)).isEqualTo("Please remove me from your list.");
    }

    @Test
    void removesOutlookHeaderWithoutAnyRuleAbove() {
        String raw = "Tell me more\n\nFrom: Jess Taylor <jess@x.com.au>\nSent: 03/12/2024 10:02\nTo: sarah@y.com.au\n"
                + "Subject: Quick question\n\n" + OUTREACH;

        assertThat(ReplyText.strip(raw)).isEqualTo("Tell me more");
    }

    @Test
    void keepsAnswersWrittenBetweenQuotedLines() {
        String raw = "> Are you the right person for outbound?\nYes, that's me.\n> Worth a chat next week?\nSure, Tuesday works.";

        assertThat(ReplyText.strip(raw)).isEqualTo("Yes, that's me.\nSure, Tuesday works.");
    }

    @Test
    void removesSentFromMyIphoneFooter() {
        assertThat(ReplyText.strip("yes call me tmrw\n\nSent from my iPhone")).isEqualTo("yes call me tmrw");
        assertThat(ReplyText.strip("Keen.\n\nGet Outlook for Android")).isEqualTo("Keen.");
    }

    @Test
    void removesEverythingBelowTheSignatureDelimiter() {
        String raw = "Who else are you working with in mining?\n\n-- \nMark Delaney\nManaging Director, Delaney Civil\n0418 302 775";

        assertThat(ReplyText.strip(raw)).isEqualTo("Who else are you working with in mining?");
    }

    @Test
    void removesSignOffFollowedByNameTitleAndPhone() {
        String raw = """
                Sounds good, does Thursday 2pm work?

                Kind regards,

                Priya Raman
                Head of Marketing
                Southgate Medical Group
                M: 0433 910 228
                www.southgatemed.com.au""";

        assertThat(ReplyText.strip(raw)).isEqualTo("Sounds good, does Thursday 2pm work?");
    }

    @Test
    void removesLegalDisclaimerAndAcknowledgementOfCountry() {
        String raw = """
                Not a priority for us this year.

                Tom Whitfield
                Founder

                This email and any attachments are confidential and may be privileged. If you are not the intended \
                recipient, please notify the sender immediately and delete this email.""";
        String acknowledgement = "Happy to take a look.\n\nFiona McKenzie\nChief Operating Officer\n\n"
                + "Ridgeline Civil acknowledges the Traditional Custodians of the lands on which we work.";

        assertThat(ReplyText.strip(raw)).isEqualTo("Not a priority for us this year.");
        assertThat(ReplyText.strip(acknowledgement)).isEqualTo("Happy to take a look.");
    }

    @Test
    void removesCompanyFooterOfAnAutoReplyThatHasNoSignOff() {
        String raw = "I'm on leave until the 14th.\n\nChloe Marsh | Sales Director | Kestrel Group\n"
                + "P (02) 8072 3300 | M 0421 660 418\nLevel 11, 1 Margaret Street, Sydney NSW 2000";

        assertThat(ReplyText.strip(raw)).isEqualTo("I'm on leave until the 14th.");
    }

    @Test
    void keepsASignOffThatIsTheWholeReply() {
        assertThat(ReplyText.strip("Thanks!")).isEqualTo("Thanks!");
    }

    @Test
    void keepsWhatFollowsASignOffWhenItIsMoreMessageRatherThanSignature() {
        String raw = "Interesting.\n\nThanks,\nSarah\n\nP.S. Do you work with companies outside Victoria?";

        assertThat(ReplyText.strip(raw)).isEqualTo(raw);
    }

    @Test
    void keepsAShortCapitalisedReply() {
        assertThat(ReplyText.strip("Hi,\n\nUNSUBSCRIBE ME")).isEqualTo("Hi,\n\nUNSUBSCRIBE ME");
        assertThat(ReplyText.strip("STOP")).isEqualTo("STOP");
    }

    @Test
    void keepsTheUrgentContactSentenceOfAnOutOfOfficeReply() {
        String raw = "I'm out until 3 Dec.\n\nFor anything urgent please contact reception on (02) 9000 1234.";

        assertThat(ReplyText.strip(raw)).isEqualTo(raw);
    }

    @Test
    void normalisesLineEndingsAndCollapsesBlankLines() {
        assertThat(ReplyText.strip("  Yes.\r\n\r\n\r\n\r\nSend it through.  \r\n")).isEqualTo("Yes.\n\nSend it through.");
    }

    @Test
    void returnsNothingWhenTheReplyIsOnlyQuotedHistoryOrBlank() {
        assertThat(ReplyText.strip("On Tue, 3 Dec 2024, Jess <jess@x.com.au> wrote:\n" + quoted(OUTREACH))).isEmpty();
        assertThat(ReplyText.strip("Sent from my iPhone")).isEmpty();
        assertThat(ReplyText.strip("   ")).isEmpty();
        assertThat(ReplyText.strip(null)).isEmpty();
    }

    private static String quoted(String text) {
        return text.lines().map(line -> line.isEmpty() ? ">" : "> " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
