package com.agencyos.outreach.sending.domain;

import java.util.Locale;

/**
 * What a sending resource is, with its channel and its default daily limit. A {@code DRAFT_DESK} sends nothing
 * and has no limit: people send its drafts themselves; it is used when a tenant has no resource on a channel.
 */
public enum ResourceKind {
    DRAFT_DESK(null, Integer.MAX_VALUE),
    MAILBOX(Channel.EMAIL, 50),
    LINKEDIN_SEAT(Channel.LINKEDIN, 17),
    SMS_NUMBER(Channel.SMS, 100);

    private final Channel channel;
    private final int defaultDailyLimit;

    ResourceKind(Channel channel, int defaultDailyLimit) {
        this.channel = channel;
        this.defaultDailyLimit = defaultDailyLimit;
    }

    /** The channel a real resource of this kind serves; null for the draft desk, which serves any. */
    public Channel channel() {
        return channel;
    }

    public int defaultDailyLimit() {
        return defaultDailyLimit;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceKind fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
