package com.agencyos.ingest.reply.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a stripped reply into the words the model counts.
 *
 * <p>Specifics that carry no intent (phone numbers, addresses, dates, times, ticket numbers, weekday and month
 * names) become placeholder words, so "Tuesday 2pm" and "Friday at 11" look alike to the model; SMS shorthand
 * and common misspellings of the words that matter are spelled out, so "pls call me tmrw" reads like
 * "please call me tomorrow". Features are the distinct words, adjacent word pairs, the first word, and a
 * length bucket; each counts once per reply, because in short replies repetition says little.
 */
final class ReplyFeatures {

    private static final List<Substitution> PLACEHOLDERS = List.of(
            new Substitution("(?:https?://|www\\.)\\S+", " urltoken "),
            new Substitution("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", " emailtoken "),
            new Substitution("\\b\\d{4}-\\d{2}-\\d{2}\\b", " datetoken "),
            new Substitution("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{1,2}/\\d{1,2}\\b", " datetoken "),
            new Substitution("\\(?\\+?\\d[\\d ()-]{7,}\\d", " phonetoken "),
            new Substitution("\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}\\.\\d{2}\\b", " timetoken "),
            new Substitution("\\b\\d{1,2}(?:st|nd|rd|th)\\b", " datetoken "),
            new Substitution("#\\s?[a-z]*-?\\d+[\\w-]*|\\b[a-z]{2,6}-?\\d{4,}[\\w-]*|\\b\\d{5,}\\b", " reftoken "),
            new Substitution("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b", " numtoken "),
            new Substitution("\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri)\\b",
                    " weekdaytoken "),
            new Substitution("\\b(?:january|february|march|april|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b", " monthtoken "));

    /** Common shorthand, and common misspellings of the words that carry intent. */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ya", "you"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plse", "please"),
            Map.entry("thx", "thanks"), Map.entry("thanx", "thanks"), Map.entry("thks", "thanks"), Map.entry("tx", "thanks"),
            Map.entry("ty", "thanks"), Map.entry("ta", "thanks"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmrow", "tomorrow"),
            Map.entry("tomoz", "tomorrow"), Map.entry("tomorow", "tomorrow"), Map.entry("tommorow", "tomorrow"),
            Map.entry("tommorrow", "tomorrow"), Map.entry("2moro", "tomorrow"), Map.entry("2day", "today"),
            Map.entry("arvo", "afternoon"), Map.entry("mins", "minutes"), Map.entry("min", "minutes"),
            Map.entry("b4", "before"), Map.entry("wk", "week"), Map.entry("msg", "message"), Map.entry("txt", "text"),
            Map.entry("info", "information"), Map.entry("yep", "yes"), Map.entry("yeah", "yes"), Map.entry("yup", "yes"),
            Map.entry("ok", "okay"), Map.entry("k", "okay"), Map.entry("nah", "no"),
            Map.entry("intrested", "interested"), Map.entry("intersted", "interested"), Map.entry("interseted", "interested"),
            Map.entry("interessted", "interested"), Map.entry("defintely", "definitely"), Map.entry("definately", "definitely"),
            Map.entry("definatly", "definitely"), Map.entry("calender", "calendar"), Map.entry("calandar", "calendar"),
            Map.entry("unsubcribe", "unsubscribe"), Map.entry("unsubscibe", "unsubscribe"),
            Map.entry("unsuscribe", "unsubscribe"), Map.entry("unsubscrible", "unsubscribe"),
            Map.entry("pricng", "pricing"), Map.entry("prcing", "pricing"), Map.entry("priceing", "pricing"),
            Map.entry("recieve", "receive"), Map.entry("recieved", "received"), Map.entry("availabe", "available"),
            Map.entry("availible", "available"), Map.entry("schedual", "schedule"), Map.entry("shedule", "schedule"),
            Map.entry("meting", "meeting"), Map.entry("buisness", "business"), Map.entry("alot", "a lot"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9_]+|[?!]");

    private ReplyFeatures() {
    }

    /** Lower case, apostrophes and dashes unified, shorthand spelled out; punctuation kept for the signal rules. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
        Matcher words = WORD.matcher(lower);
        StringBuilder out = new StringBuilder(lower.length());
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(SPELLING.getOrDefault(words.group(), words.group())));
        }
        words.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    static List<String> tokens(String strippedText) {
        String text = normalise(strippedText);
        for (Substitution substitution : PLACEHOLDERS) {
            text = substitution.pattern().matcher(text).replaceAll(substitution.replacement());
        }
        text = text.replace("'", "");
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static Set<String> of(String strippedText) {
        List<String> tokens = tokens(strippedText);
        Set<String> features = new LinkedHashSet<>();
        features.add("len:" + lengthBucket(tokens.size()));
        if (!tokens.isEmpty()) {
            features.add("first:" + tokens.getFirst());
        }
        for (int i = 0; i < tokens.size(); i++) {
            features.add(tokens.get(i));
            if (i + 1 < tokens.size()) {
                features.add(tokens.get(i) + " " + tokens.get(i + 1));
            }
        }
        return features;
    }

    private static String lengthBucket(int tokens) {
        if (tokens <= 2) {
            return "tiny";
        }
        if (tokens <= 6) {
            return "short";
        }
        if (tokens <= 20) {
            return "medium";
        }
        return "long";
    }

    private record Substitution(Pattern pattern, String replacement) {
        Substitution(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
