package com.agencyos.ingest.lead.adapter.messaging;

/** Topics and event types lead intake publishes (declared once, here). */
public final class LeadTopics {

    public static final String FORM_RECEIVED = "form.received";
    public static final String FORM_RECEIVED_V1 = "agencyos.form.received.v1";

    private LeadTopics() {
    }
}
