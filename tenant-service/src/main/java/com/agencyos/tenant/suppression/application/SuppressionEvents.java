package com.agencyos.tenant.suppression.application;

import com.agencyos.tenant.suppression.domain.Suppression;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Publishes {@code suppression.changed}, in the caller's transaction. */
public interface SuppressionEvents {

    Mono<Void> added(Suppression suppression, Instant changedAt);

    Mono<Void> removed(Suppression suppression, Instant changedAt);
}
