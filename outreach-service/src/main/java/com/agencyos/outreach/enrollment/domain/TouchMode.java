package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.campaign.domain.SendingMode;
import java.util.Locale;

/** {@code SENT}: it left the platform. {@code DRAFT}: created for a person to send. */
public enum TouchMode {
    DRAFT, SENT;

    public static TouchMode under(SendingMode mode) {
        return switch (mode) {
            case DRAFT_ONLY -> DRAFT;
            case SEND -> SENT;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchMode fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
