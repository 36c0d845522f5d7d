package com.agencyos.ingest.reply.adapter.messaging;

import com.agencyos.ingest.lead.domain.EmailAddress;
import com.agencyos.ingest.reply.application.ReplyPublisher;
import com.agencyos.ingest.reply.domain.Reply;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keys are the lead id, or the tenant id for a reply that matched no lead, as the contracts say. */
@Component
class OutboxReplyPublisher implements ReplyPublisher {

    private final Outbox outbox;

    OutboxReplyPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> classified(Reply reply) {
        var match = reply.match();
        var verdict = reply.classification();
        var message = new ReplyClassifiedMessage(reply.replyId(), match.leadId(), reply.tenantId(), match.touchId(),
                match.campaignId(), reply.inbound().channel(), verdict.intent().wireName(), verdict.confidence(),
                verdict.returnDate(), verdict.classifier(), reply.receivedAt(), verdict.excerpt());
        return outbox.append(OutgoingEvent.of(ReplyTopics.REPLY_CLASSIFIED, ReplyTopics.REPLY_CLASSIFIED_V1, key(reply),
                reply.tenantId(), message));
    }

    @Override
    public Mono<Void> unsubscribed(Reply reply) {
        String sender = reply.inbound().sender();
        boolean email = reply.inbound().channel().equals("email");
        String address = email && sender != null && EmailAddress.isValid(sender.strip()) ? sender.strip().toLowerCase(Locale.ROOT)
                : null;
        String phone = !email && sender != null ? sender.strip() : null;
        if (reply.match().leadId() == null && address == null && phone == null) {
            return Mono.empty();
        }
        var message = new ContactUnsubscribedMessage(reply.tenantId(), reply.match().leadId(), address, phone,
                reply.match().touchId(), reply.receivedAt(), "reply");
        return outbox.append(OutgoingEvent.of(ReplyTopics.DELIVERY_EVENTS, ReplyTopics.CONTACT_UNSUBSCRIBED_V1, key(reply),
                reply.tenantId(), message));
    }

    private static UUID key(Reply reply) {
        return reply.match().leadId() != null ? reply.match().leadId() : reply.tenantId();
    }
}
