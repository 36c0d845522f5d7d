package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Touch;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where touches are kept. */
public interface Touches {

    /** Stores the touch unless its enrolment already has that step; emits whether it was stored. */
    Mono<Boolean> addIfStepIsNew(Touch touch);

    Mono<Touch> find(UUID tenantId, UUID touchId);

    /** Records how a send ended ({@code sent} or {@code unknown}); emits false when it was settled already. */
    Mono<Boolean> markDelivery(UUID touchId, String delivery, Instant at);

    /** Removes a touch whose hand-off failed for sure, so that its step can be made again. */
    Mono<Void> discardUnsent(UUID touchId);

    /** Keeps the outside provider's id of a touch a provider took (SMS, LinkedIn, voice). */
    Mono<Void> recordProviderId(UUID touchId, String providerId);
}
