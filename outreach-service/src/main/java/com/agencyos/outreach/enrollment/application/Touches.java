package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Touch;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where touches are kept. */
public interface Touches {

    /** Stores the touch unless its enrolment already has that step; emits whether it was stored. */
    Mono<Boolean> addIfStepIsNew(Touch touch);

    Mono<Touch> find(UUID tenantId, UUID touchId);
}
