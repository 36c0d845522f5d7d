package com.agencyos.outreach.enrollment.adapter.messaging;

/** Topics and event types this service publishes (declared once, here) and the ones enrolment consumes. */
public final class OutreachTopics {

    public static final String TOUCH_SENT = "touch.sent";
    public static final String TOUCH_SENT_V1 = "agencyos.touch.sent.v1";
    static final String LEAD_CONVERTED = "lead.converted";
    static final String LEAD_CONVERTED_V1 = "agencyos.lead.converted.v1";

    static final String LEAD_SCORED = "lead.scored";
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";
    static final String LEAD_ENRICHED = "lead.enriched";
    static final String LEAD_ENRICHED_V1 = "agencyos.lead.enriched.v1";
    static final String REPLY_CLASSIFIED = "reply.classified";
    static final String REPLY_CLASSIFIED_V1 = "agencyos.reply.classified.v1";
    static final String DELIVERY_EVENTS = "delivery.events";
    static final String DELIVERY_BOUNCED_V1 = "agencyos.delivery.bounced.v1";
    static final String DELIVERY_COMPLAINED_V1 = "agencyos.delivery.complained.v1";
    static final String CONTACT_UNSUBSCRIBED_V1 = "agencyos.contact.unsubscribed.v1";

    private OutreachTopics() {
    }
}
