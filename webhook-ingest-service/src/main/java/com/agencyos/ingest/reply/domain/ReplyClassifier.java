package com.agencyos.ingest.reply.domain;

import java.time.LocalDate;

/** Decides what a reply means. Implementations strip quoted history themselves, so callers pass the raw body. */
public interface ReplyClassifier {

    /**
     * @param rawText    the reply body as received, quotes and signature included
     * @param receivedOn the day the reply arrived, against which relative return dates resolve
     */
    Classification classify(String rawText, LocalDate receivedOn);
}
