package com.agencyos.tenant.suppression.adapter.messaging;

/** Topic and type of docs/events/asyncapi.yaml. */
final class SuppressionTopics {

    static final String SUPPRESSION_CHANGED = "suppression.changed";
    static final String SUPPRESSION_CHANGED_V1 = "agencyos.suppression.changed.v1";

    private SuppressionTopics() {
    }
}
