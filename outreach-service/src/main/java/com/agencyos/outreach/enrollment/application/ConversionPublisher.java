package com.agencyos.outreach.enrollment.application;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Announces conversions ({@code lead.converted}); implementations append to the outbox in the caller's transaction. */
public interface ConversionPublisher {

    /** @param touchId the touch that led to it, or null when not known */
    Mono<Void> converted(UUID tenantId, UUID leadId, UUID campaignId, UUID touchId, String how, Instant convertedAt);
}
