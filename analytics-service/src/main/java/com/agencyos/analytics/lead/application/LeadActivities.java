package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.application.Payload;
import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadActivity;
import com.agencyos.analytics.lead.domain.LeadActivity.DeliveryReported;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadCaptured;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadConverted;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadEnriched;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadScored;
import com.agencyos.analytics.lead.domain.LeadActivity.ReplyClassified;
import com.agencyos.analytics.lead.domain.LeadActivity.TouchSent;
import com.agencyos.analytics.lead.domain.Profile;
import com.agencyos.analytics.lead.domain.Tier;
import java.util.Optional;
import java.util.Set;

/** Reads the lead activity a fact records, from the payloads documented in {@code docs/events}. */
public final class LeadActivities {

    static final String FORM_RECEIVED_V1 = "agencyos.form.received.v1";
    static final String LEAD_ENRICHED_V1 = "agencyos.lead.enriched.v1";
    static final String LEAD_SCORED_V1 = "agencyos.lead.scored.v1";
    static final String TOUCH_SENT_V1 = "agencyos.touch.sent.v1";
    static final String REPLY_CLASSIFIED_V1 = "agencyos.reply.classified.v1";
    static final String LEAD_CONVERTED_V1 = "agencyos.lead.converted.v1";
    static final String DELIVERY_BOUNCED_V1 = "agencyos.delivery.bounced.v1";
    static final String DELIVERY_COMPLAINED_V1 = "agencyos.delivery.complained.v1";
    static final String CONTACT_UNSUBSCRIBED_V1 = "agencyos.contact.unsubscribed.v1";

    /** Types whose contract always names a lead: without one the event is poison. */
    private static final Set<String> ALWAYS_ABOUT_A_LEAD = Set.of(FORM_RECEIVED_V1, LEAD_ENRICHED_V1, LEAD_SCORED_V1,
            TOUCH_SENT_V1, LEAD_CONVERTED_V1);

    private LeadActivities() {
    }

    /** The activity, or empty when the fact is of a type the view does not use or concerns no known lead. */
    public static Optional<LeadActivity> of(EventFact fact) {
        Payload payload = Payload.of(fact.type(), fact.payload());
        if (ALWAYS_ABOUT_A_LEAD.contains(fact.type())) {
            payload.required(fact.leadId(), "leadId");
            payload.required(fact.tenantId(), "tenantId");
        } else if (!fact.isAboutALead()) {
            return Optional.empty();
        }
        var lead = fact.leadId();
        var tenant = fact.tenantId();
        var at = fact.occurredAt();
        LeadActivity activity = switch (fact.type()) {
            case FORM_RECEIVED_V1 -> new LeadCaptured(lead, tenant, at, payload.uuid("campaignId"), new Profile(
                    payload.text("contact", "email"), payload.text("contact", "firstName"),
                    payload.text("contact", "lastName"), payload.text("contact", "title"),
                    payload.text("company", "name"), payload.text("company", "domain")));
            case LEAD_ENRICHED_V1 -> new LeadEnriched(lead, tenant, at, payload.uuid("campaignId"), new Profile(
                    payload.text("contact", "email"), payload.text("contact", "firstName"),
                    payload.text("contact", "lastName"), payload.text("contact", "title"),
                    payload.text("company", "name"), payload.text("company", "domain")));
            case LEAD_SCORED_V1 -> new LeadScored(lead, tenant, at, payload.uuid("campaignId"), new Profile(
                    payload.text("email"), payload.text("firstName"), payload.text("lastName"), payload.text("title"),
                    payload.text("companyName"), payload.text("companyDomain")),
                    payload.required(payload.number("score"), "score"), Tier.named(payload.text("tier")));
            case TOUCH_SENT_V1 -> new TouchSent(lead, tenant, at, payload.uuid("campaignId"),
                    "sent".equals(payload.text("mode")));
            case REPLY_CLASSIFIED_V1 -> new ReplyClassified(lead, tenant, at, payload.uuid("campaignId"),
                    payload.text("intent"));
            case LEAD_CONVERTED_V1 -> new LeadConverted(lead, tenant, at, payload.uuid("campaignId"));
            case DELIVERY_BOUNCED_V1 -> new DeliveryReported(lead, tenant, at, payload.text("kind") + "_bounce");
            case DELIVERY_COMPLAINED_V1 -> new DeliveryReported(lead, tenant, at, "complaint");
            case CONTACT_UNSUBSCRIBED_V1 -> new DeliveryReported(lead, tenant, at, "unsubscribe");
            default -> null;
        };
        return Optional.ofNullable(activity);
    }
}
