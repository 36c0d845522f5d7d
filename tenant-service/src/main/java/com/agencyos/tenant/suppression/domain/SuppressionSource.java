package com.agencyos.tenant.suppression.domain;

import java.util.Locale;

/** What put an entry on a list. */
public enum SuppressionSource {
    MANUAL, IMPORT, UNSUBSCRIBE, BOUNCE, COMPLAINT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SuppressionSource fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
