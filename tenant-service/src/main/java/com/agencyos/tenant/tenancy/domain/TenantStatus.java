package com.agencyos.tenant.tenancy.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Billing status; only {@code trialing} and {@code active} tenants get leads processed. A new tenant is trialing. */
public enum TenantStatus {
    trialing, active, past_due, cancelled, paused;

    /**
     * Where billing may move a tenant from here. A trial never goes back to trialing or straight to past due (nothing
     * was billed yet); a cancelled tenant may only be won back to active.
     */
    public Set<TenantStatus> next() {
        return switch (this) {
            case trialing -> EnumSet.of(active, paused, cancelled);
            case active -> EnumSet.of(past_due, paused, cancelled);
            case past_due -> EnumSet.of(active, paused, cancelled);
            case paused -> EnumSet.of(active, cancelled);
            case cancelled -> EnumSet.of(active);
        };
    }

    public static Optional<TenantStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }
}
