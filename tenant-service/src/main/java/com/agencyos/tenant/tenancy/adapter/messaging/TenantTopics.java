package com.agencyos.tenant.tenancy.adapter.messaging;

/** Topics and event types of the tenancy feature: published ones declared once, here; consumed ones as read. */
public final class TenantTopics {

    public static final String TENANT_CHANGED = "tenant.changed";
    public static final String TENANT_CHANGED_V1 = "agencyos.tenant.changed.v1";

    static final String LEAD_ENRICHED = "lead.enriched";
    static final String LEAD_ENRICHED_V1 = "agencyos.lead.enriched.v1";
    static final String LEAD_SCORED = "lead.scored";
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";

    private TenantTopics() {
    }
}
