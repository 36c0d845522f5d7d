package com.agencyos.ingest.reply.adapter.messaging;

/** Topics and event types reply intake publishes (declared once, here). */
public final class ReplyTopics {

    public static final String REPLY_CLASSIFIED = "reply.classified";
    public static final String REPLY_CLASSIFIED_V1 = "agencyos.reply.classified.v1";
    public static final String DELIVERY_EVENTS = "delivery.events";
    public static final String CONTACT_UNSUBSCRIBED_V1 = "agencyos.contact.unsubscribed.v1";

    private ReplyTopics() {
    }
}
