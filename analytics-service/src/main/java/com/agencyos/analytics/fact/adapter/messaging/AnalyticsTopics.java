package com.agencyos.analytics.fact.adapter.messaging;

import java.util.List;
import java.util.Map;

/** The topics this service consumes (all of the platform's, except the internal {@code tenant.secrets}). */
public final class AnalyticsTopics {

    public static final String FORM_RECEIVED = "form.received";
    public static final String LEAD_ENRICHED = "lead.enriched";
    public static final String LEAD_SCORED = "lead.scored";
    public static final String PLAYBOOK_GENERATED = "playbook.generated";
    public static final String TOUCH_SENT = "touch.sent";
    public static final String REPLY_CLASSIFIED = "reply.classified";
    public static final String DELIVERY_EVENTS = "delivery.events";
    public static final String LEAD_CONVERTED = "lead.converted";
    public static final String TENANT_CHANGED = "tenant.changed";
    public static final String SUPPRESSION_CHANGED = "suppression.changed";

    public static final List<String> CONSUMED = List.of(FORM_RECEIVED, LEAD_ENRICHED, LEAD_SCORED, PLAYBOOK_GENERATED,
            TOUCH_SENT, REPLY_CLASSIFIED, DELIVERY_EVENTS, LEAD_CONVERTED, TENANT_CHANGED, SUPPRESSION_CHANGED);

    /** The payload field that says when the fact happened, per known type; other types fall back to {@code ce_time}. */
    static final Map<String, String> TIME_FIELDS = Map.ofEntries(
            Map.entry("agencyos.form.received.v1", "receivedAt"),
            Map.entry("agencyos.lead.enriched.v1", "enrichedAt"),
            Map.entry("agencyos.lead.scored.v1", "scoredAt"),
            Map.entry("agencyos.playbook.generated.v1", "generatedAt"),
            Map.entry("agencyos.touch.sent.v1", "sentAt"),
            Map.entry("agencyos.reply.classified.v1", "receivedAt"),
            Map.entry("agencyos.delivery.bounced.v1", "occurredAt"),
            Map.entry("agencyos.delivery.complained.v1", "occurredAt"),
            Map.entry("agencyos.contact.unsubscribed.v1", "occurredAt"),
            Map.entry("agencyos.lead.converted.v1", "convertedAt"),
            Map.entry("agencyos.suppression.changed.v1", "changedAt"));

    private AnalyticsTopics() {
    }
}
