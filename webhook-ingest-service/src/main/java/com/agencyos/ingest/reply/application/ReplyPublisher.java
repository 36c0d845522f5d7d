package com.agencyos.ingest.reply.application;

import com.agencyos.ingest.reply.domain.Reply;
import reactor.core.publisher.Mono;

/** Announces replies, inside the transaction that stores them. */
public interface ReplyPublisher {

    Mono<Void> classified(Reply reply);

    /** The reply asked for no more messages: {@code agencyos.contact.unsubscribed.v1}. */
    Mono<Void> unsubscribed(Reply reply);
}
