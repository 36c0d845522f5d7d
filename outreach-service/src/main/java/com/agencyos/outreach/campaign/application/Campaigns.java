package com.agencyos.outreach.campaign.application;

import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignStatus;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where campaigns are kept. Every read is scoped to a tenant; deleted campaigns are invisible unless said. */
public interface Campaigns {

    /** Stores the campaign unless its id, or the tenant's inbound campaign, already exists. */
    Mono<Void> addIfAbsent(Campaign campaign);

    Mono<Campaign> inboundOf(UUID tenantId);

    Mono<Campaign> find(UUID tenantId, UUID campaignId);

    /** Deleted campaigns too: a lead naming a deleted campaign must be refused, not re-create it. */
    Mono<Campaign> findIncludingDeleted(UUID tenantId, UUID campaignId);

    Flux<Campaign> of(UUID tenantId);

    /** Stores a new name, settings and sequence if the campaign is still editable; emits whether it was. */
    Mono<Boolean> updateDefinition(Campaign campaign, Instant now);

    /** Moves the campaign from one status to another; emits false when its status was no longer {@code from}. */
    Mono<Boolean> updateStatus(UUID tenantId, UUID campaignId, CampaignStatus from, CampaignStatus to, Instant now);

    /** Marks the campaign deleted and completed; emits whether a visible campaign was deleted. */
    Mono<Boolean> softDelete(UUID tenantId, UUID campaignId, Instant now);

    /** Active campaigns that count against the tier's limit (not deleted, not built in). */
    Mono<Long> countCountedActive(UUID tenantId);

    /** Serialises activations of one tenant until the surrounding transaction ends. */
    Mono<Void> lockTenant(UUID tenantId);
}
