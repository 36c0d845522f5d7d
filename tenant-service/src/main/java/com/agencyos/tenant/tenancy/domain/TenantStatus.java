package com.agencyos.tenant.tenancy.domain;

/** Billing status; only {@code trialing} and {@code active} tenants get leads processed. A new tenant is trialing. */
public enum TenantStatus {
    trialing, active, past_due, cancelled, paused
}
