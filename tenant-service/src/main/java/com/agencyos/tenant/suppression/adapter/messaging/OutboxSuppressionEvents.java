package com.agencyos.tenant.suppression.adapter.messaging;

import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.tenant.suppression.application.SuppressionEvents;
import com.agencyos.tenant.suppression.domain.Suppression;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keyed by tenant, or {@code platform} for the platform-wide list, which then carries no {@code ce_tenantid}. */
@Component
class OutboxSuppressionEvents implements SuppressionEvents {

    private final Outbox outbox;

    OutboxSuppressionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> added(Suppression suppression, Instant changedAt) {
        return publish("added", suppression, changedAt);
    }

    @Override
    public Mono<Void> removed(Suppression suppression, Instant changedAt) {
        return publish("removed", suppression, changedAt);
    }

    private Mono<Void> publish(String action, Suppression s, Instant changedAt) {
        var message = new SuppressionChangedMessage(s.scope().tenantId(), action, s.kind().name(), s.value(), s.reason(),
                s.source().wire(), changedAt);
        return outbox.append(new OutgoingEvent(SuppressionTopics.SUPPRESSION_CHANGED, SuppressionTopics.SUPPRESSION_CHANGED_V1,
                s.scope().eventKey(), s.scope().tenantId(), s.id().toString(), message));
    }
}
