package com.agencyos.ingest.delivery.application;

import com.agencyos.ingest.delivery.domain.DeliveryReport;
import com.agencyos.ingest.reply.domain.ReplyMatch;
import reactor.core.publisher.Mono;

/** Announces delivery reports on {@code delivery.events}, inside the transaction that stores them. */
public interface DeliveryPublisher {

    Mono<Void> reported(DeliveryReport report, ReplyMatch match);
}
