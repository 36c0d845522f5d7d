package com.agencyos.enrichment.lead.adapter.messaging;

import com.agencyos.enrichment.lead.application.EnrichmentWorker;
import com.agencyos.enrichment.lead.application.LeadEnrichmentService;
import com.agencyos.enrichment.lead.domain.LeadIntake;
import com.agencyos.enrichment.lead.domain.SuppressionKey;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class FormReceivedListener {

    private final Inbox inbox;
    private final LeadEnrichmentService enrichment;
    private final EnrichmentWorker worker;

    FormReceivedListener(Inbox inbox, LeadEnrichmentService enrichment, EnrichmentWorker worker) {
        this.inbox = inbox;
        this.enrichment = enrichment;
        this.worker = worker;
    }

    @KafkaListener(topics = EnrichmentTopics.FORM_RECEIVED)
    void on(ConsumerRecord<String, String> record) {
        boolean handled = inbox.process("enrichment", record, event -> {
            if (!event.is(EnrichmentTopics.FORM_RECEIVED_V1)) {
                return Mono.empty();
            }
            FormReceivedMessage received = event.payload(FormReceivedMessage.class);
            event.requireTenant(received.tenantId());
            return enrichment.receive(intake(received));
        });
        if (handled) {
            worker.wake();
        }
    }

    @KafkaListener(topics = EnrichmentTopics.TENANT_CHANGED)
    void onTenantChanged(ConsumerRecord<String, String> record) {
        boolean handled = inbox.process("enrichment", record, event -> {
            if (!event.is(EnrichmentTopics.TENANT_CHANGED_V1)) {
                return Mono.empty();
            }
            TenantChangedMessage changed = event.payload(TenantChangedMessage.class);
            event.requireTenant(changed.tenantId());
            return enrichment.tenantChanged(changed.toState());
        });
        if (handled) {
            worker.wake();
        }
    }

    @KafkaListener(topics = EnrichmentTopics.SUPPRESSION_CHANGED)
    void onSuppressionChanged(ConsumerRecord<String, String> record) {
        inbox.process("enrichment", record, event -> {
            if (!event.is(EnrichmentTopics.SUPPRESSION_CHANGED_V1)) {
                return Mono.empty();
            }
            SuppressionChangedMessage changed = event.payload(SuppressionChangedMessage.class);
            if (changed.tenantId() != null) {
                event.requireTenant(changed.tenantId());
            }
            SuppressionKey key = changed.key();
            boolean known = "added".equals(changed.action()) || "removed".equals(changed.action());
            if (key == null || !known) {
                return Mono.empty();
            }
            return enrichment.suppressionChanged(changed.tenantId(), "added".equals(changed.action()), key, changed.reason());
        });
    }

    static LeadIntake intake(FormReceivedMessage m) {
        if (m.leadId() == null || m.tenantId() == null || m.contact() == null) {
            throw new PoisonEventException("form.received needs leadId, tenantId and contact");
        }
        var c = m.contact();
        var co = m.company() == null ? new FormReceivedMessage.Company(null, null, null, null, null, null, null) : m.company();
        return new LeadIntake(m.leadId(), m.tenantId(), m.campaignId(), c.email(), c.firstName(), c.lastName(), c.title(),
                c.phone(), c.linkedinUrl(), c.country(), c.employmentStartDate(), co.name(), co.domain(), co.website(),
                co.industry(), co.employeeCount(), co.hiring(), co.latestFundingDate());
    }
}
