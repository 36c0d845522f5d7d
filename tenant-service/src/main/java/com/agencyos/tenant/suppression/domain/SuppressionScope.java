package com.agencyos.tenant.suppression.domain;

import java.util.UUID;

/**
 * Which list an entry is on: one tenant's, or the platform-wide list (no tenant) that applies to every tenant.
 *
 * @param tenantId the tenant, null for the platform-wide list
 */
public record SuppressionScope(UUID tenantId) {

    public static final String PLATFORM_KEY = "platform";

    public static SuppressionScope tenant(UUID tenantId) {
        if (tenantId == null) {
            throw new IllegalArgumentException("tenantId");
        }
        return new SuppressionScope(tenantId);
    }

    public static SuppressionScope platform() {
        return new SuppressionScope(null);
    }

    public boolean isPlatform() {
        return tenantId == null;
    }

    /** The record key of {@code suppression.changed}: the tenant id, or {@code platform}. */
    public String eventKey() {
        return isPlatform() ? PLATFORM_KEY : tenantId.toString();
    }
}
