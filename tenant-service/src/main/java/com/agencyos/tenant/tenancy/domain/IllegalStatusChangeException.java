package com.agencyos.tenant.tenancy.domain;

/** Billing cannot move a tenant between these two statuses. */
public final class IllegalStatusChangeException extends RuntimeException {

    private final TenantStatus from;
    private final TenantStatus to;

    public IllegalStatusChangeException(TenantStatus from, TenantStatus to) {
        super("A " + from + " tenant cannot become " + to + "; from " + from + " it may become " + from.next() + ".");
        this.from = from;
        this.to = to;
    }

    public TenantStatus from() {
        return from;
    }

    public TenantStatus to() {
        return to;
    }
}
