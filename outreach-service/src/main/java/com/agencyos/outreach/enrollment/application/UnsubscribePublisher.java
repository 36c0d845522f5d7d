package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Announces an unsubscribe ({@code contact.unsubscribed}) so the address is suppressed; appends to the outbox. */
public interface UnsubscribePublisher {

    Mono<Void> unsubscribed(Recipient recipient, Instant at);
}
