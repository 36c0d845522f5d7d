package com.agencyos.outreach.sending.domain;

import java.util.Locale;

/** An outreach channel, as named on the wire ({@code email}, {@code linkedin}, …). */
public enum Channel {
    EMAIL, LINKEDIN, SMS, VOICE, MAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
