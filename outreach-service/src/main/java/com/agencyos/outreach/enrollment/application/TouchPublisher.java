package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Touch;
import reactor.core.publisher.Mono;

/** Announces touches; implementations append to the outbox in the caller's transaction. */
public interface TouchPublisher {

    default Mono<Void> touched(Touch touch) {
        return touched(touch, null);
    }

    /** @param providerId the outside provider's id of a touch a provider took (Twilio's message SID…), else null */
    Mono<Void> touched(Touch touch, String providerId);
}
