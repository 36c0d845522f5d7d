package com.agencyos.scoring.score.domain;

import java.util.Locale;

/** Where the weights a score used came from, in the order {@link WeightsPolicy} tries them. */
public enum WeightsSource {
    TENANT_MANUAL, TENANT_LEARNED, PLATFORM_INDUSTRY, PLATFORM_GLOBAL, DEFAULT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WeightsSource fromWire(String wireName) {
        for (WeightsSource source : values()) {
            if (source.wireName().equals(wireName)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown weights source '" + wireName + "'");
    }
}
