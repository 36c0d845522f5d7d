package com.agencyos.outreach.sending.application;

import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.SendingResource;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where sending resources are kept. */
public interface SendingResources {

    /** Stores the resource unless its id, or the tenant's draft desk for that channel, already exists. */
    Mono<Void> addIfAbsent(SendingResource resource);

    Mono<SendingResource> draftDeskOf(UUID tenantId, Channel channel);
}
