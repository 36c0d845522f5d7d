package com.agencyos.outreach.campaign.domain;

import java.util.Locale;

/**
 * Who lets a touch go: {@code AUTOPILOT} sends on its own, {@code CO_PILOT} queues every touch for approval,
 * {@code MANUAL} turns every touch into a task for a person.
 */
public enum PermissionMode {
    AUTOPILOT, CO_PILOT, MANUAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PermissionMode fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
