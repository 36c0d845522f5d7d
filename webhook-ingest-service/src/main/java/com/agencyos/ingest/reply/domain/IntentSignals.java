package com.agencyos.ingest.reply.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Phrases that say an intent outright, whatever else the reply contains: "unsubscribe", "out of the office",
 * "this is an automated response", "send me an invite". Each adds a fixed amount of evidence (in nats, on the
 * scale of the model's log-likelihoods) to its intent; the word model weighs everything else.
 *
 * <p>The lexicon is written from how such replies are phrased in general and kept to phrases rarely used for
 * another intent; a few soft phrases ("not now", "keep me posted") were added after reviewing cross-validation
 * errors on the train split, never the held-out split. Where a phrase is shared (a question mark, a price word,
 * "interested"), it only nudges.
 */
final class IntentSignals {

    static final double DECISIVE = 6.0;
    static final double STRONG = 3.0;
    static final double HINT = 1.5;

    private static final String TIME_WORDS = "\\b(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)|\\d{1,2}[:.]\\d{2}|monday|tuesday|wednesday"
            + "|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|tomorrow|today|tonight|afternoon|morning|arvo"
            + "|next week|this week|the week of|fortnight|(?:the )?\\d{1,2}(?:st|nd|rd|th)|any ?time|anytime)\\b";
    private static final String SCHEDULING_WORDS = "\\b(?:call|chat|meet|meeting|catch up|demo|zoom|teams|coffee|lunch|talk"
            + "|works?|suits?|free|available|invite|ring|speak|slot|time)\\b";

    private static final List<Signal> SIGNALS = List.of(
            new Signal("unsubscribe word", ReplyIntent.UNSUBSCRIBE, DECISIVE,
                    "\\b(?:unsubscribe|unsub|opt(?:ing)?[ -]?(?:me |us )?out|removal request)\\b"),
            new Signal("remove me", ReplyIntent.UNSUBSCRIBE, DECISIVE,
                    "\\bremove (?:me|us|my|our|this|it|all|him|her|them|[\\w.+-]+@)|\\b(?:be|been|get|getting) removed\\b"),
            new Signal("off your list", ReplyIntent.UNSUBSCRIBE, DECISIVE,
                    "\\btake (?:me|us|my name|our|this|them)\\b.{0,30}\\boff\\b|\\boff (?:your|the|this|ur|all|any|whatever) "
                            + "(?:\\w+ )?(?:mailing |contact |distribution |email |marketing )?lists?\\b"),
            new Signal("stop contacting", ReplyIntent.UNSUBSCRIBE, DECISIVE,
                    "\\bstop (?:emailing|e-mailing|contacting|messaging|texting|sending|spamming|reaching out|calling|emails"
                            + "|messages|this)\\b"),
            new Signal("do not contact", ReplyIntent.UNSUBSCRIBE, DECISIVE,
                    "\\b(?:do not|don'?t|never) (?:contact|email|e-mail|message|text|call|send)(?: me| us| this| again| anyone)\\b"
                            + "|\\bdo not contact list\\b"),
            new Signal("bare stop", ReplyIntent.UNSUBSCRIBE, DECISIVE,
                    "^\\W*(?:please )?(?:stop|remove|end|quit|cancel|unsubscribe)(?: please| now| it| texting| all)?\\W*$"),
            new Signal("no more messages", ReplyIntent.UNSUBSCRIBE, STRONG,
                    "\\bno more (?:emails|messages|texts|contact|of these)\\b|\\b(?:don'?t|do not|not) (?:want|wish) to "
                            + "(?:receive|get|hear)\\b|\\bcease (?:all )?(?:further )?(?:communication|contact|correspondence)"),
            new Signal("delete my data", ReplyIntent.UNSUBSCRIBE, STRONG,
                    "\\bdelete (?:my|our|any|all|this)\\b"),
            new Signal("spam complaint", ReplyIntent.UNSUBSCRIBE, HINT,
                    "\\b(?:spamming|never (?:signed up|opted in|subscribed)|report you)\\b"),

            new Signal("away from the office", ReplyIntent.OUT_OF_OFFICE, DECISIVE,
                    "\\b(?:out of (?:the )?office|ooo|on (?:annual |long service |parental |maternity |paternity |sick "
                            + "|personal |carer'?s |study )?leave|annual leave|out sick|on holidays?|on vacation|away from "
                            + "(?:the office|my desk)|(?:limited|no|intermittent) access to (?:my )?e-?mails?"
                            + "|until further notice|in my absence|while i'?m away)\\b"),
            new Signal("back on a day", ReplyIntent.OUT_OF_OFFICE, STRONG,
                    "\\b(?:currently away|i'?m away|i am away|away until|travelling|overseas|office is closed|closed for the"
                            + "|on my return|when i return|when i'?m back|back in the office|back at my desk|on secondment"
                            + "|at a conference|reopens?)\\b"
                            + "|\\b(?:be|i'?m|i am|i'?ll be) back (?:on|in|next|tomorrow|after|monday|tuesday|wednesday|thursday"
                            + "|friday|\\d)|\\b(?:returning|will return|return on|back online)\\b"),

            new Signal("automated message", ReplyIntent.AUTO_REPLY, DECISIVE,
                    "\\b(?:automated|automatic reply|automatic response|auto-?reply|auto-?generated|auto-?response"
                            + "|autoresponder|do not reply|don'?t reply to this|not monitored|unmonitored|no longer "
                            + "(?:monitored|in use|with|works?|working|employed)|ticket (?:number|no|created|#)|case number"
                            + "|reference (?:number|no)|ref:)"),
            new Signal("receipt acknowledged", ReplyIntent.AUTO_REPLY, STRONG,
                    "\\b(?:(?:we'?ve|we have|has been|have been|i'?ve) (?:received|got)|received your (?:message|email|enquiry"
                            + "|request|application)|your (?:message|email|enquiry|request|application)(?: to [^ ]+)? has been"
                            + "|(?:within|up to|in) (?:\\d+|one|two|three|a few|24|48)(?:[-–]\\d+)? (?:business |working )?"
                            + "(?:days|hours)|business hours|office hours|opening hours|high volumes?|volume of|as soon as "
                            + "possible|get back to you (?:shortly|soon|within)|will be in touch within|thank you for "
                            + "(?:contacting|your enquiry|emailing|submitting|reaching out to)|thanks for (?:contacting|your "
                            + "enquiry|messaging us|writing in)|do not disturb|this (?:inbox|mailbox|email address) (?:is|has)"
                            + "|checked (?:weekly|daily)|confirming receipt|forwarded to (?:the|our) (?:appropriate|relevant"
                            + "|general)|please (?:update your records|resend|redirect))"),

            new Signal("invite or calendar", ReplyIntent.MEETING_REQUEST, STRONG,
                    "\\b(?:calendar|calendly|invite|diary|book (?:a time|some time|something|me in|in a time|a call|a demo)"
                            + "|lock in|grab (?:a )?(?:time|slot)|send (?:me )?(?:the |an? )?(?:link|invite)|teams link"
                            + "|zoom link|meeting invite)\\b"),
            new Signal("call me", ReplyIntent.MEETING_REQUEST, HINT,
                    "\\b(?:call|ring|phone) me\\b|\\bgive me a (?:call|ring|bell)\\b|\\blet'?s (?:talk|chat|meet|catch up"
                            + "|find a time|set up|schedule|do)\\b|\\b(?:set up|schedule|arrange|organi[sz]e) (?:a |an |some )?"
                            + "(?:call|meeting|demo|chat|time)\\b|\\bwhen (?:are|r) you free\\b|\\bwhen can you\\b"),

            new Signal("not interested", ReplyIntent.NOT_INTERESTED, STRONG,
                    "\\bnot (?:interested|keen|for us|a (?:good )?fit|a priority|relevant|the right time|(?:right )?now"
                            + "|at the moment|at this (?:stage|time))\\b"
                            + "|\\bno (?:thanks|thank you|interest|need)\\b|^\\W*(?:pass|nope|no)\\W*$"
                            + "|\\b(?:we'?ll|i'?ll|will|we|i) (?:have to )?pass\\b|\\bthe answer is no\\b|\\bit'?s a no\\b"),
            new Signal("covered already", ReplyIntent.NOT_INTERESTED, HINT,
                    "\\b(?:already (?:have|use|work with|using)|in-?house|happy with (?:our|the) current|sticking with"
                            + "|decline|decided (?:not|against)|not looking|got (?:it|this) covered|don'?t need)\\b"),

            new Signal("more information", ReplyIntent.INTERESTED, HINT,
                    "\\btell me more\\b|\\b(?:learn|hear|know|understand) more\\b|\\bkeen to (?:hear|learn|explore|see)\\b"
                            + "|\\bsend (?:me |us |over |through |it )*(?:some |the |more |further |your )*(?:information|details"
                            + "|deck|brochure|one-pager|case study|proposal)\\b|(?<!\\bnot )(?<!\\bno )\\binterested\\b"
                            + "|\\bkeep (?:me|us) (?:posted|updated|in the loop)\\b|\\bstay in the loop\\b|\\bkeep in touch\\b"
                            + "|\\bnext steps?\\b|\\bwhat'?s next\\b|\\bcount (?:me|us) in\\b|\\ball ears\\b|\\bsign (?:me|us) up\\b"),

            new Signal("price asked", ReplyIntent.QUESTION, HINT,
                    "\\b(?:price|prices|pricing|cost|costs|rates|fees?|how much)\\b[^.!]*\\?"),
            new Signal("direct question", ReplyIntent.QUESTION, HINT,
                    "(?:^|[.!?\\n] ?)(?:what|how|who|which|where|why|is|are|do|does|can|could|have|has)\\b[^.!?]*\\?"));

    private static final Pattern TIME = Pattern.compile(TIME_WORDS);
    private static final Pattern SCHEDULING = Pattern.compile(SCHEDULING_WORDS);

    private IntentSignals() {
    }

    /** The evidence per intent that the phrases in a normalised reply add; intents with no phrase are absent. */
    static Map<ReplyIntent, Double> evidence(String normalisedText) {
        Map<ReplyIntent, Double> evidence = new EnumMap<>(ReplyIntent.class);
        for (Signal signal : SIGNALS) {
            if (signal.pattern().matcher(normalisedText).find()) {
                evidence.merge(signal.intent(), signal.weight(), Double::sum);
            }
        }
        if (TIME.matcher(normalisedText).find() && SCHEDULING.matcher(normalisedText).find()) {
            evidence.merge(ReplyIntent.MEETING_REQUEST, STRONG, Double::sum);
        }
        return evidence;
    }

    /** Which phrases fire, as "intent: phrase", to explain a verdict in reports. */
    static List<String> firing(String normalisedText) {
        List<String> names = new ArrayList<>(SIGNALS.stream()
                .filter(signal -> signal.pattern().matcher(normalisedText).find())
                .map(signal -> signal.intent().wireName() + ": " + signal.name())
                .toList());
        if (TIME.matcher(normalisedText).find() && SCHEDULING.matcher(normalisedText).find()) {
            names.add(ReplyIntent.MEETING_REQUEST.wireName() + ": time proposed");
        }
        return names;
    }

    private record Signal(String name, ReplyIntent intent, double weight, Pattern pattern) {
        Signal(String name, ReplyIntent intent, double weight, String regex) {
            this(name, intent, weight, Pattern.compile(regex));
        }
    }
}
