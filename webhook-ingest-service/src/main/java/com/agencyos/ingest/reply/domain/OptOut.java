package com.agencyos.ingest.reply.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The carrier opt-out keywords: a message that is one of them, alone and in any case, unsubscribes the sender no
 * matter what a classifier thinks. Carriers treat them so, and so must we.
 */
public final class OptOut {

    static final Set<String> KEYWORDS = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit");

    private OptOut() {
    }

    public static boolean isKeyword(String text) {
        if (text == null) {
            return false;
        }
        String word = text.strip().replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT);
        return KEYWORDS.contains(word);
    }

    /** The verdict on a keyword: unsubscribe, certain. */
    public static Classification classification(String text) {
        return new Classification(ReplyIntent.UNSUBSCRIBE, 1.0, null, BuiltinReplyClassifier.NAME, text.strip());
    }
}
