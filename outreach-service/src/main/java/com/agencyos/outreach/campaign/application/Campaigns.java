package com.agencyos.outreach.campaign.application;

import com.agencyos.outreach.campaign.domain.Campaign;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where campaigns are kept. Every read is scoped to a tenant. */
public interface Campaigns {

    /** Stores the campaign unless its id, or the tenant's inbound campaign, already exists. */
    Mono<Void> addIfAbsent(Campaign campaign);

    Mono<Campaign> inboundOf(UUID tenantId);

    Mono<Campaign> find(UUID tenantId, UUID campaignId);

    Flux<Campaign> of(UUID tenantId);
}
