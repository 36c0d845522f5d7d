package com.agencyos.outreach.playbook.adapter.messaging;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.outreach.playbook.application.PlaybookService;
import com.agencyos.outreach.playbook.domain.Playbook;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class PlaybookGeneratedListener {

    static final String CONSUMER = "outreach.playbook-generated";
    static final String PLAYBOOK_GENERATED = "playbook.generated";
    static final String PLAYBOOK_GENERATED_V1 = "agencyos.playbook.generated.v1";

    private final Inbox inbox;
    private final PlaybookService playbooks;
    private final EnrollmentService enrollments;

    PlaybookGeneratedListener(Inbox inbox, PlaybookService playbooks, EnrollmentService enrollments) {
        this.inbox = inbox;
        this.playbooks = playbooks;
        this.enrollments = enrollments;
    }

    @KafkaListener(topics = PLAYBOOK_GENERATED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> {
            if (!event.is(PLAYBOOK_GENERATED_V1)) {
                return Mono.empty();
            }
            Playbook playbook = playbook(event);
            return playbooks.received(playbook).then(enrollments.onPlaybook(playbook));
        });
    }

    static Playbook playbook(IncomingEvent event) {
        PlaybookGeneratedMessage m = event.payload(PlaybookGeneratedMessage.class);
        if (m.playbookId() == null || m.tenantId() == null || m.vendorDomain() == null || m.prospectDomain() == null
                || m.confidence() == null || m.generator() == null || m.generatedAt() == null) {
            throw new PoisonEventException("playbook.generated needs playbookId, tenantId, vendorDomain, "
                    + "prospectDomain, confidence, generator and generatedAt");
        }
        event.requireTenant(m.tenantId());
        List<Playbook.Persona> personas = m.personas() == null ? List.of() : m.personas().stream()
                .map(p -> new Playbook.Persona(p.key(), p.title(), p.pains(), p.sequence() == null ? List.of()
                        : p.sequence().stream()
                                .map(t -> new Playbook.SequenceTouch(t.day() == null ? 0 : t.day(), t.subject(), t.body()))
                                .toList()))
                .toList();
        return new Playbook(m.playbookId(), m.tenantId(), m.vendorDomain(), m.prospectDomain(), m.confidence(),
                m.generator(), m.generatedAt(), m.waitingLeadIds(), personas);
    }
}
