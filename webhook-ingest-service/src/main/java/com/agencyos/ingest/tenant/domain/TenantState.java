package com.agencyos.ingest.tenant.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What intake needs of a tenant's state as tenant-service last published it on {@code tenant.changed}. */
public record TenantState(UUID tenantId, String status, boolean deleted, long version) {

    /** Statuses whose leads are refused; {@code past_due} is deliberately absent (its leads must not be lost). */
    static final Set<String> REFUSING = Set.of("cancelled", "paused");

    public TenantState {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(status, "status");
    }

    /** A status this version does not know yet is accepted: refusing leads is only for states we understand. */
    public boolean acceptsIntake() {
        return !deleted && !REFUSING.contains(status);
    }

    /** Why intake is refused, for the problem detail; only meaningful when {@link #acceptsIntake()} is false. */
    public String refusal() {
        return deleted ? "deleted" : status;
    }
}
