package com.agencyos.ingest.lead.application;

import com.agencyos.ingest.lead.domain.LeadReceipt;
import reactor.core.publisher.Mono;

/** Announces accepted leads; implementations append to the outbox in the caller's transaction. */
public interface LeadIntakePublisher {

    Mono<Void> received(LeadReceipt receipt);
}
