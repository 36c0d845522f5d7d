package com.agencyos.outreach.sending.domain;

import java.util.Locale;

/** What a sending resource is. A {@code DRAFT_DESK} sends nothing: people send its drafts themselves. */
public enum ResourceKind {
    DRAFT_DESK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceKind fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
