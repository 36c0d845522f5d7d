package com.agencyos.playbook.account.adapter.messaging;

import com.agencyos.playbook.account.application.PlaybookPublisher;
import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.platform.events.Outbox;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxPlaybookPublisher implements PlaybookPublisher {

    private final Outbox outbox;

    OutboxPlaybookPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Keyed (and subjected) by tenant id, as docs/events fixes for this topic: a tenant's playbooks stay in order. */
    @Override
    public Mono<Void> generated(AccountPlaybook playbook, List<UUID> waitingLeadIds) {
        String tenant = playbook.tenantId().toString();
        return outbox.append(new OutgoingEvent(PlaybookTopics.PLAYBOOK_GENERATED, PlaybookTopics.PLAYBOOK_GENERATED_V1,
                tenant, playbook.tenantId(), tenant, toMessage(playbook, waitingLeadIds)));
    }

    static PlaybookGeneratedMessage toMessage(AccountPlaybook playbook, List<UUID> waitingLeadIds) {
        return new PlaybookGeneratedMessage(playbook.id(), playbook.tenantId(), playbook.vendorDomain(),
                playbook.prospectDomain().value(), playbook.confidence(), playbook.lowConfidenceReasons(),
                playbook.generator().name(), playbook.generatedAt(), List.copyOf(waitingLeadIds),
                playbook.personas().stream().map(p -> new PlaybookGeneratedMessage.Persona(p.key(), p.title(), p.pains(),
                        p.sequence().stream().map(t -> new PlaybookGeneratedMessage.Touch(t.day(), t.subject(), t.body()))
                                .toList()))
                        .toList());
    }
}
