package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Touch;
import reactor.core.publisher.Mono;

/** Announces touches; implementations append to the outbox in the caller's transaction. */
public interface TouchPublisher {

    Mono<Void> touched(Touch touch);
}
