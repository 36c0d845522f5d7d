package com.agencyos.tenant.suppression.adapter.messaging;

import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import com.agencyos.tenant.suppression.application.SuppressionService;
import com.agencyos.tenant.suppression.application.SuppressionService.Address;
import com.agencyos.tenant.suppression.domain.SuppressionKind;
import com.agencyos.tenant.suppression.domain.SuppressionSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hard bounces, spam complaints and unsubscribes become entries on the tenant's suppression list (sources
 * {@code bounce}, {@code complaint}, {@code unsubscribe}), so no service writes to those addresses again. A soft
 * bounce is transient and suppresses nothing; an unsubscribe that names only a lead, no address, has nothing to list.
 */
@Component
class DeliveryEventsListener {

    private final Inbox inbox;
    private final SuppressionService suppressions;

    DeliveryEventsListener(Inbox inbox, SuppressionService suppressions) {
        this.inbox = inbox;
        this.suppressions = suppressions;
    }

    @KafkaListener(topics = SuppressionTopics.DELIVERY_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process("suppression", record, this::handle);
    }

    private Mono<Void> handle(IncomingEvent event) {
        if (event.is(SuppressionTopics.BOUNCED_V1)) {
            DeliveryMessage m = valid(event);
            if (!"hard".equals(m.kind()) && !"soft".equals(m.kind())) {
                throw new PoisonEventException("delivery.bounced needs kind hard or soft");
            }
            return "hard".equals(m.kind()) ? suppress(event, m, SuppressionSource.BOUNCE, "hard bounce") : Mono.empty();
        }
        if (event.is(SuppressionTopics.COMPLAINED_V1)) {
            return suppress(event, valid(event), SuppressionSource.COMPLAINT, "spam complaint");
        }
        if (event.is(SuppressionTopics.UNSUBSCRIBED_V1)) {
            return suppress(event, valid(event), SuppressionSource.UNSUBSCRIBE, "unsubscribed");
        }
        return Mono.empty();
    }

    private static DeliveryMessage valid(IncomingEvent event) {
        DeliveryMessage m = event.payload(DeliveryMessage.class);
        if (m.tenantId() == null || m.occurredAt() == null || m.source() == null) {
            throw new PoisonEventException(event.type() + " needs tenantId, occurredAt and source");
        }
        event.requireTenant(m.tenantId());
        return m;
    }

    private Mono<Void> suppress(IncomingEvent event, DeliveryMessage m, SuppressionSource source, String what) {
        List<Address> addresses = new ArrayList<>();
        if (m.email() != null && !m.email().isBlank()) {
            addresses.add(new Address(SuppressionKind.email, m.email()));
        }
        if (m.phone() != null && !m.phone().isBlank()) {
            addresses.add(new Address(SuppressionKind.phone, m.phone()));
        }
        if (addresses.isEmpty()) {
            return Mono.empty();
        }
        String reason = what + " (" + m.source() + ")";
        return suppressions.fromDelivery(m.tenantId(), addresses, source, reason.length() > 500 ? what : reason,
                "event:" + event.id()).then();
    }
}
