package com.agencyos.tenant.suppression.domain;

import java.util.Locale;

/** What a suppression entry's value is; the wire names are the constant names. */
public enum SuppressionKind {
    email, domain, phone;

    /** @throws InvalidSuppressionException for anything but the three wire names */
    public static SuppressionKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSuppressionException("kind", "is required: email, domain or phone");
        }
        try {
            return valueOf(text.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSuppressionException("kind", "must be email, domain or phone");
        }
    }
}
