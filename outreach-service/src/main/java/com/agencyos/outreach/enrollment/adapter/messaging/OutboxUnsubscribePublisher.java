package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.UnsubscribePublisher;
import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxUnsubscribePublisher implements UnsubscribePublisher {

    private final Outbox outbox;

    OutboxUnsubscribePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** On the shared {@code delivery.events} topic, keyed by the lead (known: the link names it). */
    @Override
    public Mono<Void> unsubscribed(Recipient r, Instant at) {
        return outbox.append(OutgoingEvent.of(OutreachTopics.DELIVERY_EVENTS, OutreachTopics.CONTACT_UNSUBSCRIBED_V1, r.leadId(),
                r.tenantId(), new ContactUnsubscribedMessage(r.tenantId(), r.leadId(), r.email().toLowerCase(Locale.ROOT),
                        null, null, at, "unsubscribe_link")));
    }

    record ContactUnsubscribedMessage(UUID tenantId, UUID leadId, String email, String phone, UUID touchId, Instant occurredAt,
            String source) {
    }
}
