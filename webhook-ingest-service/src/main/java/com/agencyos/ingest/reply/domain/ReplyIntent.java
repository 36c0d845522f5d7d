package com.agencyos.ingest.reply.domain;

import java.util.Arrays;

/** What a prospect's reply means for the sequence; the wire names are those of {@code reply.classified}. */
public enum ReplyIntent {
    MEETING_REQUEST("meeting_request"),
    INTERESTED("interested"),
    QUESTION("question"),
    NOT_INTERESTED("not_interested"),
    UNSUBSCRIBE("unsubscribe"),
    OUT_OF_OFFICE("out_of_office"),
    AUTO_REPLY("auto_reply");

    private final String wireName;

    ReplyIntent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ReplyIntent fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(intent -> intent.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown reply intent: " + wireName));
    }
}
