package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hard bounces, complaints and unsubscribes stop the lead's enrolments. Suppressing the address is tenant-service's
 * job (it consumes the same topic); this service only stops what it would otherwise still send. A soft bounce is a
 * temporary failure and changes nothing.
 */
@Component
class DeliveryEventsListener {

    static final String CONSUMER = "outreach.delivery-events";

    private final Inbox inbox;
    private final EnrollmentService enrollment;

    DeliveryEventsListener(Inbox inbox, EnrollmentService enrollment) {
        this.inbox = inbox;
        this.enrollment = enrollment;
    }

    @KafkaListener(topics = OutreachTopics.DELIVERY_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> {
            String reason = stopReason(event);
            if (reason == null) {
                return Mono.empty();
            }
            DeliveryEventMessage m = message(event);
            return enrollment.onDeliveryStop(m.tenantId(), m.leadId(), m.email(), reason);
        });
    }

    /** Why the event stops the lead, or null when it does not. */
    static String stopReason(IncomingEvent event) {
        if (event.is(OutreachTopics.DELIVERY_BOUNCED_V1)) {
            return "hard".equals(message(event).kind()) ? "Hard bounce (" + message(event).source() + ")" : null;
        }
        if (event.is(OutreachTopics.DELIVERY_COMPLAINED_V1)) {
            return "Complained: marked a message as spam (" + message(event).source() + ")";
        }
        if (event.is(OutreachTopics.CONTACT_UNSUBSCRIBED_V1)) {
            return "Unsubscribed (" + message(event).source() + ")";
        }
        return null;
    }

    static DeliveryEventMessage message(IncomingEvent event) {
        DeliveryEventMessage m = event.payload(DeliveryEventMessage.class);
        if (m.tenantId() == null || m.occurredAt() == null || m.source() == null) {
            throw new PoisonEventException(event.type() + " needs tenantId, occurredAt and source");
        }
        event.requireTenant(m.tenantId());
        return m;
    }

    /** The part of the three {@code delivery.events} types this service reads. */
    record DeliveryEventMessage(UUID tenantId, UUID leadId, String email, String phone, String kind, UUID touchId,
            Instant occurredAt, String source) {
    }
}
