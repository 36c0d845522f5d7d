package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.TouchPublisher;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxTouchPublisher implements TouchPublisher {

    private final Outbox outbox;

    OutboxTouchPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Keyed by the lead, so the touch stays in order with the rest of that lead's events. */
    @Override
    public Mono<Void> touched(Touch touch, String providerId) {
        return outbox.append(OutgoingEvent.of(OutreachTopics.TOUCH_SENT, OutreachTopics.TOUCH_SENT_V1, touch.leadId(),
                touch.tenantId(), toMessage(touch, providerId)));
    }

    static TouchSentMessage toMessage(Touch t, String providerId) {
        return new TouchSentMessage(t.id(), t.leadId(), t.tenantId(), t.campaignId(), t.enrollmentId(), t.step(), t.variant(),
                t.channel().wireName(), t.mode().wireName(), t.resourceId(), t.messageId(), t.inReplyTo(), providerId, t.to(),
                t.subject(), t.body(), t.createdAt(), t.costMicros());
    }
}
