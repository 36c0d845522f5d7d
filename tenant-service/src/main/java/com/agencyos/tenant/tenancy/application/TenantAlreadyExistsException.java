package com.agencyos.tenant.tenancy.application;

import java.util.UUID;

/** A tenant was to be created with an id that is already taken. */
public class TenantAlreadyExistsException extends RuntimeException {

    private final UUID tenantId;

    public TenantAlreadyExistsException(UUID tenantId) {
        super("Tenant " + tenantId + " already exists.");
        this.tenantId = tenantId;
    }

    public UUID tenantId() {
        return tenantId;
    }
}
