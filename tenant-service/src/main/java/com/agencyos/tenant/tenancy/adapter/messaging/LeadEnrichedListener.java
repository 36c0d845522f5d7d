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
class LeadEnrichedListener {

    private final Inbox inbox;
    private final UsageService usage;

    LeadEnrichedListener(Inbox inbox, UsageService usage) {
        this.inbox = inbox;
        this.usage = usage;
    }

    @KafkaListener(topics = TenantTopics.LEAD_ENRICHED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process("credits", record, event -> event.is(TenantTopics.LEAD_ENRICHED_V1) ? handle(event) : Mono.empty());
    }

    private Mono<Void> handle(IncomingEvent event) {
        LeadEnrichedMessage m = event.payload(LeadEnrichedMessage.class);
        if (m.leadId() == null || m.tenantId() == null || m.enrichedAt() == null || m.totalCostMicros() == null
                || m.totalCostMicros() < 0) {
            throw new PoisonEventException("lead.enriched needs leadId, tenantId, enrichedAt and a totalCostMicros >= 0");
        }
        event.requireTenant(m.tenantId());
        return usage.enriched(m.tenantId(), m.leadId(), m.totalCostMicros(), m.enrichedAt(), event.id());
    }
}
