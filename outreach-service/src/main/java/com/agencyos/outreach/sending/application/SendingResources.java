package com.agencyos.outreach.sending.application;

import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.SendingResource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where sending resources and their daily counters are kept. */
public interface SendingResources {

    /** Stores the resource unless its id, or the tenant's draft desk for that channel, already exists. */
    Mono<Void> addIfAbsent(SendingResource resource);

    Mono<SendingResource> draftDeskOf(UUID tenantId, Channel channel);

    /** The tenant's enabled resources (no draft desks), oldest first. */
    Flux<SendingResource> of(UUID tenantId);

    /** Any of the tenant's resources, enabled or not, draft desks included. */
    Mono<SendingResource> find(UUID tenantId, UUID resourceId);

    /** Disables the resource for good; emits whether an enabled one was disabled. */
    Mono<Boolean> disable(UUID tenantId, UUID resourceId, Instant now);

    /**
     * The tenant's enabled resources on the channel, least recently allocated first. Not locked: two allocators may
     * pick the same resource, and its counter (a conditional upsert) decides which of them gets the last unit.
     */
    Flux<SendingResource> candidates(UUID tenantId, Channel channel);

    Mono<SendingResource> findEnabled(UUID tenantId, UUID resourceId);

    /** Counts one more use of the capacity on the day unless it is at the limit; emits whether it was counted. */
    Mono<Boolean> reserve(UUID tenantId, String capacityKey, LocalDate day, int limit);

    Mono<Void> release(UUID tenantId, String capacityKey, LocalDate day);

    Mono<Integer> used(UUID tenantId, String capacityKey, LocalDate day);

    Mono<Void> markAllocated(UUID resourceId, Instant now);
}
