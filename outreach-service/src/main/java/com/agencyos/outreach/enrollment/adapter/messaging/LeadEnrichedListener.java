package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.outreach.enrollment.domain.LeadContact;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps each lead's phone and LinkedIn profile from {@code lead.enriched}, for steps on SMS, voice and LinkedIn. */
@Component
class LeadEnrichedListener {

    static final String CONSUMER = "outreach.lead-enriched";

    private final Inbox inbox;
    private final EnrollmentService enrollment;

    LeadEnrichedListener(Inbox inbox, EnrollmentService enrollment) {
        this.inbox = inbox;
        this.enrollment = enrollment;
    }

    @KafkaListener(topics = OutreachTopics.LEAD_ENRICHED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> event.is(OutreachTopics.LEAD_ENRICHED_V1)
                ? enrollment.onLeadEnriched(contact(event))
                : Mono.empty());
    }

    static LeadContact contact(IncomingEvent event) {
        LeadEnrichedMessage m = event.payload(LeadEnrichedMessage.class);
        if (m.leadId() == null || m.tenantId() == null || m.enrichedAt() == null || m.contact() == null) {
            throw new PoisonEventException("lead.enriched needs leadId, tenantId, enrichedAt and contact");
        }
        event.requireTenant(m.tenantId());
        return new LeadContact(m.tenantId(), m.leadId(), m.contact().phone(), m.contact().linkedinUrl(), m.enrichedAt());
    }
}
