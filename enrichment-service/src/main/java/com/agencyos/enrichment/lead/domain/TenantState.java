package com.agencyos.enrichment.lead.domain;

import java.util.UUID;

/** What enrichment keeps of {@code tenant.changed}: enough for the just-in-time check and the phone's region. */
public record TenantState(UUID tenantId, String status, int leadPoolPerMonth, int leadPoolUsed, String country,
        String timeZone, boolean deleted, long version) {

    public enum Eligibility {
        /** Leads are enriched now. */
        eligible,
        /** Leads wait, parked, until a later {@code tenant.changed} makes the tenant eligible again. */
        parked,
        /** The tenant is gone; its waiting leads are dropped. */
        deleted
    }

    /** Only {@code active} and {@code trialing} tenants with lead pool left this month get leads processed. */
    public Eligibility eligibility() {
        if (deleted) {
            return Eligibility.deleted;
        }
        boolean paying = "active".equals(status) || "trialing".equals(status);
        return paying && leadPoolUsed < leadPoolPerMonth ? Eligibility.eligible : Eligibility.parked;
    }
}
