package com.agencyos.outreach.campaign.application;

import com.agencyos.outreach.campaign.domain.Campaign;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class CampaignService {

    private final Campaigns campaigns;

    public CampaignService(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The tenant's inbound campaign, created on first use. */
    public Mono<Campaign> inboundCampaignOf(UUID tenantId, Instant now) {
        return campaigns.inboundOf(tenantId)
                .switchIfEmpty(Mono.defer(() -> campaigns.addIfAbsent(Campaign.inbound(UUID.randomUUID(), tenantId, now))
                        .then(campaigns.inboundOf(tenantId))));
    }

    /**
     * The campaign a lead named at intake, adopted on first sight. Empty when that id is another tenant's
     * campaign: a lead can never be enrolled across tenants.
     */
    public Mono<Campaign> campaignNamedAtIntake(UUID tenantId, UUID campaignId, Instant now) {
        return campaigns.find(tenantId, campaignId)
                .switchIfEmpty(Mono.defer(() -> campaigns.addIfAbsent(Campaign.namedAtIntake(campaignId, tenantId, now))
                        .then(campaigns.find(tenantId, campaignId))));
    }

    public Flux<Campaign> list(UUID tenantId) {
        return campaigns.of(tenantId);
    }

    public Mono<Campaign> find(UUID tenantId, UUID campaignId) {
        return campaigns.find(tenantId, campaignId);
    }
}
