package com.agencyos.ingest.reply.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The verdict on one reply.
 *
 * @param returnDate   when an out-of-office reply states one, else {@code null}
 * @param classifier   which classifier decided ({@code builtin} or {@code llm}), carried on the event
 * @param strippedText the reply without quoted history and signature; what was classified
 */
public record Classification(
        ReplyIntent intent, double confidence, LocalDate returnDate, String classifier, String strippedText) {

    public static final int EXCERPT_LENGTH = 500;

    public Classification {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(strippedText, "strippedText");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (returnDate != null && intent != ReplyIntent.OUT_OF_OFFICE) {
            throw new IllegalArgumentException("only an out-of-office reply has a return date");
        }
    }

    /** The first 500 characters of the stripped reply, never ending in half a surrogate pair. */
    public String excerpt() {
        if (strippedText.length() <= EXCERPT_LENGTH) {
            return strippedText;
        }
        int end = Character.isHighSurrogate(strippedText.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        return strippedText.substring(0, end);
    }
}
