package com.agencyos.outreach.campaign.domain;

import java.util.Locale;

/** How far a campaign's touches go on their own. Only drafts exist until sending is built, so nothing is sent. */
public enum SendingMode {
    DRAFT_ONLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SendingMode fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
