package com.agencyos.enrichment.lead.adapter.messaging;

/** Topics and event types this service publishes (declared once, here) and consumes. */
public final class EnrichmentTopics {

    public static final String LEAD_ENRICHED = "lead.enriched";
    public static final String LEAD_ENRICHED_V1 = "agencyos.lead.enriched.v1";

    static final String FORM_RECEIVED = "form.received";
    static final String FORM_RECEIVED_V1 = "agencyos.form.received.v1";
    static final String TENANT_CHANGED = "tenant.changed";
    static final String TENANT_CHANGED_V1 = "agencyos.tenant.changed.v1";
    static final String SUPPRESSION_CHANGED = "suppression.changed";
    static final String SUPPRESSION_CHANGED_V1 = "agencyos.suppression.changed.v1";

    private EnrichmentTopics() {
    }
}
