package com.agencyos.tenant.tenancy.adapter.messaging;

import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import com.agencyos.tenant.tenancy.application.UsageService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class LeadScoredListener {

    private final Inbox inbox;
    private final UsageService usage;

    LeadScoredListener(Inbox inbox, UsageService usage) {
        this.inbox = inbox;
        this.usage = usage;
    }

    @KafkaListener(topics = TenantTopics.LEAD_SCORED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process("lead-pool", record, event -> event.is(TenantTopics.LEAD_SCORED_V1) ? handle(event) : Mono.empty());
    }

    private Mono<Void> handle(IncomingEvent event) {
        LeadScoredMessage m = event.payload(LeadScoredMessage.class);
        if (m.leadId() == null || m.tenantId() == null || m.scoredAt() == null || m.firstScore() == null) {
            throw new PoisonEventException("lead.scored needs leadId, tenantId, scoredAt and firstScore");
        }
        event.requireTenant(m.tenantId());
        return m.firstScore() ? usage.firstScored(m.tenantId(), m.leadId(), m.scoredAt()) : Mono.empty();
    }
}
