package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.application.Payload;
import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadDossier;
import com.agencyos.analytics.lead.domain.LeadDossier.Components;
import com.agencyos.analytics.lead.domain.LeadDossier.Conversion;
import com.agencyos.analytics.lead.domain.LeadDossier.Enrichment;
import com.agencyos.analytics.lead.domain.LeadDossier.Enrolment;
import com.agencyos.analytics.lead.domain.LeadDossier.Playbook;
import com.agencyos.analytics.lead.domain.LeadDossier.Provenance;
import com.agencyos.analytics.lead.domain.LeadDossier.ProviderCall;
import com.agencyos.analytics.lead.domain.LeadDossier.Reply;
import com.agencyos.analytics.lead.domain.LeadDossier.Scoring;
import com.agencyos.analytics.lead.domain.LeadDossier.Suppression;
import com.agencyos.analytics.lead.domain.LeadDossier.SuppressionMark;
import com.agencyos.analytics.lead.domain.LeadDossier.Touch;
import com.agencyos.platform.events.PoisonEventException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the 360 view's sections from a lead's facts, following the payloads documented in {@code docs/events}. */
public final class LeadDossiers {

    private static final Logger log = LoggerFactory.getLogger(LeadDossiers.class);

    static final String PLAYBOOK_GENERATED_V1 = "agencyos.playbook.generated.v1";
    static final String SUPPRESSION_CHANGED_V1 = "agencyos.suppression.changed.v1";

    private LeadDossiers() {
    }

    /**
     * @param timeline the lead's own facts, oldest first
     * @param playbooks playbook facts that name the lead or its company
     * @param listEntries suppression-list facts about the lead's email, domain or phone, oldest first
     */
    public static LeadDossier of(List<EventFact> timeline, List<EventFact> playbooks, List<EventFact> listEntries) {
        var reader = new Reader();
        timeline.forEach(reader::read);
        playbooks.forEach(reader::read);
        listEntries.forEach(reader::read);
        return reader.dossier();
    }

    private static final class Reader {

        private Enrichment enrichment;
        private final List<Scoring> scores = new ArrayList<>();
        private final List<Playbook> playbooks = new ArrayList<>();
        private final List<Touch> touches = new ArrayList<>();
        private final List<Reply> replies = new ArrayList<>();
        private final List<SuppressionMark> deliveryMarks = new ArrayList<>();
        private final Map<String, SuppressionMark> listMarks = new LinkedHashMap<>();
        private Conversion conversion;

        void read(EventFact fact) {
            Payload p = Payload.of(fact.type(), fact.payload());
            try {
                switch (fact.type()) {
                    case LeadActivities.LEAD_ENRICHED_V1 -> enriched(p, fact);
                    case LeadActivities.LEAD_SCORED_V1 -> scores.add(new Scoring(fact.occurredAt(),
                            p.required(p.number("score"), "score"), p.text("tier"), new Components(
                            points(p, "dataQuality"), points(p, "authority"), points(p, "companyFit"),
                            points(p, "timing"), points(p, "risk")), p.text("weightsSource")));
                    case PLAYBOOK_GENERATED_V1 -> playbooks.add(new Playbook(p.uuid("playbookId"),
                            p.text("prospectDomain"), p.number("confidence"), p.text("generator"), fact.occurredAt()));
                    case LeadActivities.TOUCH_SENT_V1 -> touches.add(new Touch(p.uuid("touchId"),
                            p.uuid("enrollmentId"), p.uuid("campaignId"), orZero(p.whole("step")), p.text("variant"),
                            p.text("channel"), p.text("mode"), p.text("subject"), fact.occurredAt(),
                            orZero(p.whole("costMicros"))));
                    case LeadActivities.REPLY_CLASSIFIED_V1 -> replies.add(new Reply(p.uuid("replyId"), p.uuid("touchId"),
                            p.text("channel"), p.text("intent"), p.number("confidence"), fact.occurredAt(),
                            p.text("excerpt")));
                    case LeadActivities.LEAD_CONVERTED_V1 -> {
                        if (conversion == null || fact.occurredAt().isBefore(conversion.convertedAt())) {
                            conversion = new Conversion(fact.occurredAt(), p.text("how"), p.uuid("touchId"));
                        }
                    }
                    case LeadActivities.DELIVERY_BOUNCED_V1 -> deliveryMarks.add(new SuppressionMark(
                            p.text("kind") + "_bounce", null, p.text("source"), fact.occurredAt(),
                            "hard".equals(p.text("kind"))));
                    case LeadActivities.DELIVERY_COMPLAINED_V1 -> deliveryMarks.add(new SuppressionMark("complaint", null,
                            p.text("source"), fact.occurredAt(), true));
                    case LeadActivities.CONTACT_UNSUBSCRIBED_V1 -> deliveryMarks.add(new SuppressionMark("unsubscribe",
                            null, p.text("source"), fact.occurredAt(), true));
                    case SUPPRESSION_CHANGED_V1 -> listMarks.put(p.text("kind") + ":" + p.text("value"),
                            new SuppressionMark(p.text("kind"), p.text("reason"), p.text("source"), fact.occurredAt(),
                                    "added".equals(p.text("action"))));
                    default -> {
                        // other facts add nothing to the sections; they are still on the timeline
                    }
                }
            } catch (PoisonEventException e) {
                // The fact was accepted for what the list view needs; a malformed detail only leaves its section out.
                log.warn("Fact {} left out of the lead's sections: {}", fact.eventId(), e.getMessage());
            }
        }

        private void enriched(Payload p, EventFact fact) {
            if (enrichment != null && fact.occurredAt().isBefore(enrichment.enrichedAt())) {
                return;
            }
            Map<String, Provenance> provenance = new LinkedHashMap<>();
            p.members("provenance").forEach((field, source) -> provenance.put(field, new Provenance(
                    source.text("provider"), source.number("confidence"), source.instant("fetchedAt"))));
            List<ProviderCall> calls = p.list("providerCalls").stream().map(call -> new ProviderCall(
                    call.text("provider"), call.whole("tier"), call.text("outcome"), call.whole("costMicros"),
                    call.bool("cached"))).toList();
            enrichment = new Enrichment(p.text("status"), p.number("confidence"), fact.occurredAt(),
                    p.text("company", "industry"), p.whole("company", "employeeCount"), provenance, calls,
                    p.whole("totalCostMicros"));
        }

        LeadDossier dossier() {
            scores.sort(Comparator.comparing(Scoring::scoredAt));
            touches.sort(Comparator.comparing(Touch::sentAt));
            replies.sort(Comparator.comparing(Reply::receivedAt));
            List<SuppressionMark> marks = new ArrayList<>(deliveryMarks);
            marks.addAll(listMarks.values());
            marks.sort(Comparator.comparing(SuppressionMark::at));
            return new LeadDossier(enrichment, scores, playbooks, enrolments(), touches, replies,
                    new Suppression(marks.stream().anyMatch(SuppressionMark::active), marks), conversion);
        }

        private List<Enrolment> enrolments() {
            Map<UUID, Enrolment> byId = new LinkedHashMap<>();
            for (Touch touch : touches) {
                if (touch.enrollmentId() == null) {
                    continue;
                }
                long sent = "sent".equals(touch.mode()) ? 1 : 0;
                byId.merge(touch.enrollmentId(), new Enrolment(touch.enrollmentId(), touch.campaignId(), touch.sentAt(),
                        touch.sentAt(), touch.step(), sent), (a, b) -> new Enrolment(a.enrollmentId(), a.campaignId(),
                        a.firstTouchAt(), b.lastTouchAt(), Math.max(a.lastStep(), b.lastStep()),
                        a.touchesSent() + b.touchesSent()));
            }
            return List.copyOf(byId.values());
        }

        private static double points(Payload p, String component) {
            Double value = p.number("components", component);
            return value == null ? 0 : value;
        }

        private static long orZero(Long value) {
            return value == null ? 0 : value;
        }
    }
}
