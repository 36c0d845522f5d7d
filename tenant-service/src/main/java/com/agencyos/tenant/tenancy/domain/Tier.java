package com.agencyos.tenant.tenancy.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The subscription tiers; the tier alone sets the quotas. */
public enum Tier {
    ignition(new Quotas(1_250, 5, 1)),
    velocity(new Quotas(2_250, 10, 3)),
    dominance(new Quotas(4_500, 20, 5));

    private final Quotas quotas;

    Tier(Quotas quotas) {
        this.quotas = quotas;
    }

    public Quotas quotas() {
        return quotas;
    }

    public static Optional<Tier> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
