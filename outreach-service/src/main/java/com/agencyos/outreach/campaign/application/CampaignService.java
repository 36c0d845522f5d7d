package com.agencyos.outreach.campaign.application;

import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignConflict;
import com.agencyos.outreach.campaign.domain.CampaignSettings;
import com.agencyos.outreach.campaign.domain.CampaignStatus;
import com.agencyos.outreach.campaign.domain.SendingMode;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.TenantPlan;
import com.agencyos.outreach.config.OutreachProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Campaigns and their life. Activations of one tenant are serialised (an advisory lock in the activating
 * transaction), so two concurrent activations cannot both squeeze under the tier's limit.
 */
@Service
public class CampaignService {

    private final Campaigns campaigns;
    private final TenantPlans plans;
    private final SendingModes sendingModes;
    private final TransactionalOperator tx;
    private final OutreachProperties properties;
    private final Clock clock;

    public CampaignService(Campaigns campaigns, TenantPlans plans, SendingModes sendingModes, TransactionalOperator tx,
            OutreachProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.sendingModes = sendingModes;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** The tenant's inbound campaign, created on first use. */
    public Mono<Campaign> inboundCampaignOf(UUID tenantId, Instant now) {
        return campaigns.inboundOf(tenantId)
                .switchIfEmpty(Mono.defer(() -> campaigns.addIfAbsent(Campaign.inbound(UUID.randomUUID(), tenantId, now))
                        .then(campaigns.inboundOf(tenantId))));
    }

    /**
     * The campaign a lead named at intake, adopted on first sight; a deleted one is returned as it is (completed),
     * never re-created. Empty when that id is another tenant's campaign: a lead can never be enrolled across tenants.
     */
    public Mono<Campaign> campaignNamedAtIntake(UUID tenantId, UUID campaignId, Instant now) {
        return campaigns.findIncludingDeleted(tenantId, campaignId)
                .switchIfEmpty(Mono.defer(() -> campaigns.addIfAbsent(Campaign.namedAtIntake(campaignId, tenantId, now))
                        .then(campaigns.findIncludingDeleted(tenantId, campaignId))));
    }

    public Flux<Campaign> list(UUID tenantId) {
        return campaigns.of(tenantId);
    }

    public Mono<Campaign> find(UUID tenantId, UUID campaignId) {
        return campaigns.find(tenantId, campaignId);
    }

    /** A new draft campaign. */
    public Mono<Campaign> create(UUID tenantId, String name, CampaignSettings settings, Sequence sequence) {
        Campaign campaign = Campaign.create(UUID.randomUUID(), tenantId, name, settings, sequence, now());
        return campaigns.addIfAbsent(campaign).thenReturn(campaign);
    }

    /** Replaces name, settings and sequence of a draft or paused campaign; empty when there is no such campaign. */
    public Mono<Campaign> edit(UUID tenantId, UUID campaignId, String name, CampaignSettings settings, Sequence sequence) {
        return campaigns.find(tenantId, campaignId)
                .flatMap(current -> {
                    Campaign edited = current.edited(name, settings, sequence);
                    return campaigns.updateDefinition(edited, now()).flatMap(updated -> updated ? Mono.just(edited)
                            : Mono.error(new CampaignConflict("campaign-changed", "The campaign changed status meanwhile; read it and retry.")));
                });
    }

    /** Moves a campaign to another status; activation is refused at the tier's limit. Empty when not found. */
    public Mono<Campaign> changeStatus(UUID tenantId, UUID campaignId, CampaignStatus target) {
        Instant now = now();
        Mono<Campaign> change = campaigns.lockTenant(tenantId)
                .then(campaigns.find(tenantId, campaignId))
                .flatMap(current -> {
                    Campaign moved = current.movedTo(target);
                    Mono<Void> allowed = moved.countsAsActive() ? planOf(tenantId).zipWith(campaigns.countCountedActive(tenantId))
                            .doOnNext(planAndCount -> planAndCount.getT1().allowActivation(planAndCount.getT2())).then()
                            : Mono.empty();
                    return allowed.then(campaigns.updateStatus(tenantId, campaignId, current.status(), target, now))
                            .flatMap(updated -> updated ? Mono.just(moved) : Mono.error(new CampaignConflict(
                                    "campaign-changed", "The campaign changed status meanwhile; read it and retry.")));
                });
        return tx.transactional(change);
    }

    /** Soft-deletes a campaign: it disappears and enrols no one; its history stays. The built-in ones stay. */
    public Mono<Boolean> delete(UUID tenantId, UUID campaignId) {
        return campaigns.find(tenantId, campaignId)
                .flatMap(current -> {
                    if (current.origin().isBuiltIn()) {
                        return Mono.error(new CampaignConflict("built-in-campaign",
                                "The " + current.origin().wireName() + " campaign is built in: pause it instead."));
                    }
                    return campaigns.softDelete(tenantId, campaignId, now());
                })
                .defaultIfEmpty(false);
    }

    /** The tenant's sending mode; a touch is sent only when its tenant and its campaign both say {@code SEND}. */
    public Mono<SendingMode> tenantSendingMode(UUID tenantId) {
        return sendingModes.ofTenant(tenantId);
    }

    /** Keeps the latest {@code tenant.changed}; an older or repeated version changes nothing. */
    public Mono<Void> tenantChanged(TenantPlan plan) {
        return plans.record(plan).then();
    }

    public Mono<TenantPlan> planOf(UUID tenantId) {
        return plans.find(tenantId).defaultIfEmpty(TenantPlan.assumed(tenantId, properties.assumedMaxActiveCampaigns()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
