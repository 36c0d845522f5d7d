package com.agencyos.scoring.score.domain;

import java.util.Locale;

/** An outreach channel a lead's tier may allow. */
public enum Channel {
    EMAIL, LINKEDIN, VOICE, SMS, MAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWire(String wireName) {
        for (Channel channel : values()) {
            if (channel.wireName().equals(wireName)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + wireName + "'");
    }
}
