package com.agencyos.ingest.touch.adapter.messaging;

import com.agencyos.ingest.touch.application.TouchIndexService;
import com.agencyos.ingest.touch.domain.SentTouch;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class TouchSentListener {

    static final String TOUCH_SENT = "touch.sent";
    static final String TOUCH_SENT_V1 = "agencyos.touch.sent.v1";

    private final Inbox inbox;
    private final TouchIndexService index;

    TouchSentListener(Inbox inbox, TouchIndexService index) {
        this.inbox = inbox;
        this.index = index;
    }

    @KafkaListener(topics = TOUCH_SENT)
    void on(ConsumerRecord<String, String> record) {
        inbox.process("touch-index", record, event -> event.is(TOUCH_SENT_V1) ? index.sent(touch(event)) : Mono.empty());
    }

    static SentTouch touch(IncomingEvent event) {
        TouchSentMessage m = event.payload(TouchSentMessage.class);
        if (m.touchId() == null || m.leadId() == null || m.tenantId() == null || m.channel() == null || m.to() == null) {
            throw new PoisonEventException("touch.sent needs touchId, leadId, tenantId, channel and to");
        }
        event.requireTenant(m.tenantId());
        return new SentTouch(m.touchId(), m.tenantId(), m.leadId(), m.campaignId(), m.channel(), m.mode(),
                m.messageId(), m.to(), m.sentAt());
    }
}
