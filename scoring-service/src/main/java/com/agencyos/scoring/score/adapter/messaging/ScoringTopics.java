package com.agencyos.scoring.score.adapter.messaging;

/** Topics and event types this service publishes (declared once, here) and consumes. */
public final class ScoringTopics {

    public static final String LEAD_SCORED = "lead.scored";
    public static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";

    static final String LEAD_ENRICHED = "lead.enriched";
    static final String LEAD_ENRICHED_V1 = "agencyos.lead.enriched.v1";
    static final String TENANT_CHANGED = "tenant.changed";
    static final String TENANT_CHANGED_V1 = "agencyos.tenant.changed.v1";

    static final String WEIGHTS_LEARNED = "scoring.weights.learned";
    static final String WEIGHTS_LEARNED_V1 = "agencyos.scoring.weights-learned.v1";
    static final String DELIVERY_EVENTS = "delivery.events";
    static final String DELIVERY_BOUNCED_V1 = "agencyos.delivery.bounced.v1";

    private ScoringTopics() {
    }
}
