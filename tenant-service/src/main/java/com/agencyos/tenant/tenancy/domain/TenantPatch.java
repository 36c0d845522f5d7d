package com.agencyos.tenant.tenancy.domain;

/** What an owner or admin may change on their own tenant; a null field stays as it is. */
public record TenantPatch(String name, String timeZone, IcpForm icp, String defaultPermissionMode, Boolean dataSharingConsent) {

    public TenantPatch(String name, String timeZone, IcpForm icp, String defaultPermissionMode) {
        this(name, timeZone, icp, defaultPermissionMode, null);
    }
}
