package com.agencyos.scoring.score.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits free text into lower-case words so that rules match whole words only: "Co-Founder" is the
 * words "co founder", and "international" never contains "intern".
 */
final class Words {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether {@code phrase} occurs in {@code words} starting at {@code position}. */
    static boolean startsAt(List<String> words, int position, List<String> phrase) {
        if (position + phrase.size() > words.size()) {
            return false;
        }
        return words.subList(position, position + phrase.size()).equals(phrase);
    }

    static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int position = 0; position < words.size(); position++) {
            if (startsAt(words, position, phrase)) {
                return true;
            }
        }
        return false;
    }
}
