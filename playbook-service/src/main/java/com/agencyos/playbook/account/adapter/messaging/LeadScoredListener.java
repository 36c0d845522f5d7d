package com.agencyos.playbook.account.adapter.messaging;

import com.agencyos.playbook.account.application.AccountPlaybookService;
import com.agencyos.playbook.account.domain.LeadContact;
import com.agencyos.playbook.account.domain.ScoredLead;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class LeadScoredListener {

    private final Inbox inbox;
    private final AccountPlaybookService playbooks;

    LeadScoredListener(Inbox inbox, AccountPlaybookService playbooks) {
        this.inbox = inbox;
        this.playbooks = playbooks;
    }

    @KafkaListener(topics = PlaybookTopics.LEAD_SCORED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process("playbook", record, event -> event.is(PlaybookTopics.LEAD_SCORED_V1)
                ? playbooks.onLeadScored(scoredLead(event))
                : Mono.empty());
    }

    static ScoredLead scoredLead(IncomingEvent event) {
        LeadScoredMessage m = event.payload(LeadScoredMessage.class);
        if (m.leadId() == null || m.tenantId() == null || m.tier() == null) {
            throw new PoisonEventException("lead.scored needs leadId, tenantId and tier");
        }
        event.requireTenant(m.tenantId());
        return new ScoredLead(m.leadId(), m.tenantId(), m.tier(), m.title(), m.companyName(), m.companyDomain(),
                new LeadContact(m.email(), m.firstName(), m.lastName(), m.title(), m.companyName()));
    }
}
