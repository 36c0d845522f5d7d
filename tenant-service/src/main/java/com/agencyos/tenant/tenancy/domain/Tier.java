package com.agencyos.tenant.tenancy.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The subscription tiers; the tier alone sets the quotas. Monthly prices in whole AUD: the founding price is what
 * the first customers keep for life, the regular price is what everyone else pays.
 */
public enum Tier {
    ignition(new Quotas(1_250, 5, 1), 1_500, 2_500),
    velocity(new Quotas(2_250, 10, 3), 3_000, 4_500),
    dominance(new Quotas(4_500, 20, 5), 5_500, 7_500);

    private final Quotas quotas;
    private final int foundingMonthlyAud;
    private final int regularMonthlyAud;

    Tier(Quotas quotas, int foundingMonthlyAud, int regularMonthlyAud) {
        this.quotas = quotas;
        this.foundingMonthlyAud = foundingMonthlyAud;
        this.regularMonthlyAud = regularMonthlyAud;
    }

    public Quotas quotas() {
        return quotas;
    }

    public int foundingMonthlyAud() {
        return foundingMonthlyAud;
    }

    public int regularMonthlyAud() {
        return regularMonthlyAud;
    }

    public static Optional<Tier> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
