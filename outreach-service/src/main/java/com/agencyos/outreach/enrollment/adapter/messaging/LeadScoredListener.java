package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import java.util.LinkedHashSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class LeadScoredListener {

    static final String CONSUMER = "outreach.lead-scored";

    private final Inbox inbox;
    private final EnrollmentService enrollment;

    LeadScoredListener(Inbox inbox, EnrollmentService enrollment) {
        this.inbox = inbox;
        this.enrollment = enrollment;
    }

    @KafkaListener(topics = OutreachTopics.LEAD_SCORED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> event.is(OutreachTopics.LEAD_SCORED_V1)
                ? enrollment.onLeadScored(scoredLead(event))
                : Mono.empty());
    }

    static ScoredLead scoredLead(IncomingEvent event) {
        LeadScoredMessage m = event.payload(LeadScoredMessage.class);
        if (m.leadId() == null || m.tenantId() == null || m.tier() == null || m.score() == null
                || m.scoredAt() == null || m.email() == null || m.email().isBlank()) {
            throw new PoisonEventException("lead.scored needs leadId, tenantId, tier, score, scoredAt and email");
        }
        event.requireTenant(m.tenantId());
        return new ScoredLead(m.leadId(), m.tenantId(), m.tier(), m.score(), m.scoredAt(),
                m.allowedChannels() == null ? null : new LinkedHashSet<>(m.allowedChannels()), m.email().strip(),
                m.firstName(), m.lastName(), m.title(), m.companyName(), m.companyDomain(), m.campaignId());
    }
}
