package com.agencyos.playbook.account.adapter.messaging;

/** Topics and event types this service publishes (declared once, here) and consumes. */
public final class PlaybookTopics {

    public static final String PLAYBOOK_GENERATED = "playbook.generated";
    public static final String PLAYBOOK_GENERATED_V1 = "agencyos.playbook.generated.v1";

    static final String LEAD_SCORED = "lead.scored";
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";
    static final String TENANT_CHANGED = "tenant.changed";
    static final String TENANT_CHANGED_V1 = "agencyos.tenant.changed.v1";

    private PlaybookTopics() {
    }
}
