package com.agencyos.outreach.campaign.domain;

import java.util.Locale;

/**
 * How far touches go on their own: {@code DRAFT_ONLY} (the default) records drafts for a person to send; {@code SEND}
 * hands them to the mailbox's SMTP server. A touch is sent only when both its tenant and its campaign say {@code SEND}.
 */
public enum SendingMode {
    DRAFT_ONLY, SEND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SendingMode fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
