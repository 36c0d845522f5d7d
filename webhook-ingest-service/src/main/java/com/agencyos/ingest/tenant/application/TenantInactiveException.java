package com.agencyos.ingest.tenant.application;

import java.util.UUID;

/** Intake for a tenant that is cancelled, paused or deleted. */
public class TenantInactiveException extends RuntimeException {

    private final transient UUID tenantId;
    private final String state;

    public TenantInactiveException(UUID tenantId, String state) {
        super("Tenant " + tenantId + " is " + state + " and accepts no leads");
        this.tenantId = tenantId;
        this.state = state;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String state() {
        return state;
    }
}
