package com.agencyos.tenant.tenancy.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a new campaign treats its touches by default: send them ({@code autopilot}), queue each for approval
 * ({@code co_pilot}) or make them tasks for a person ({@code manual}). New tenants start in {@code co_pilot}, so
 * nothing is sent in their name before someone has seen it.
 */
public enum PermissionMode {
    autopilot, co_pilot, manual;

    public static Optional<PermissionMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(wanted)).findFirst();
    }
}
