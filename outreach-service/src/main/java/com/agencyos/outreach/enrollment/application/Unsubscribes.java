package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Recipients who unsubscribed through their link. */
public interface Unsubscribes {

    /** Keeps the unsubscribe; emits false when this recipient had already unsubscribed. */
    Mono<Boolean> record(Recipient recipient, Instant at);
}
