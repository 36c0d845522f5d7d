package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.outreach.enrollment.domain.ReplyReceived;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class ReplyClassifiedListener {

    static final String CONSUMER = "outreach.reply-classified";

    private final Inbox inbox;
    private final EnrollmentService enrollment;

    ReplyClassifiedListener(Inbox inbox, EnrollmentService enrollment) {
        this.inbox = inbox;
        this.enrollment = enrollment;
    }

    @KafkaListener(topics = OutreachTopics.REPLY_CLASSIFIED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> event.is(OutreachTopics.REPLY_CLASSIFIED_V1)
                ? enrollment.onReplyClassified(reply(event))
                : Mono.empty());
    }

    static ReplyReceived reply(IncomingEvent event) {
        ReplyClassifiedMessage m = event.payload(ReplyClassifiedMessage.class);
        if (m.replyId() == null || m.tenantId() == null || m.intent() == null || m.channel() == null
                || m.confidence() == null || m.receivedAt() == null) {
            throw new PoisonEventException(
                    "reply.classified needs replyId, tenantId, channel, intent, confidence and receivedAt");
        }
        event.requireTenant(m.tenantId());
        return new ReplyReceived(m.replyId(), m.tenantId(), m.leadId(), m.touchId(), m.campaignId(), m.channel(),
                m.intent(), m.confidence(), m.receivedAt(), m.returnDate());
    }
}
