package com.agencyos.tenant.suppression.adapter.messaging;

/** Topics and types of docs/events/asyncapi.yaml this feature publishes or consumes. */
final class SuppressionTopics {

    static final String SUPPRESSION_CHANGED = "suppression.changed";
    static final String SUPPRESSION_CHANGED_V1 = "agencyos.suppression.changed.v1";
    /** Consumed: published by webhook-ingest-service. */
    static final String DELIVERY_EVENTS = "delivery.events";
    static final String BOUNCED_V1 = "agencyos.delivery.bounced.v1";
    static final String COMPLAINED_V1 = "agencyos.delivery.complained.v1";
    static final String UNSUBSCRIBED_V1 = "agencyos.contact.unsubscribed.v1";

    private SuppressionTopics() {
    }
}
