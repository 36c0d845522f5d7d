package com.agencyos.outreach.campaign.application;

import com.agencyos.outreach.campaign.domain.SendingMode;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The tenant-wide and per-campaign sending modes. */
public interface SendingModes {

    /** The tenant's mode; {@code DRAFT_ONLY} until it is set. */
    Mono<SendingMode> ofTenant(UUID tenantId);

    Mono<Void> setForTenant(UUID tenantId, SendingMode mode, Instant now);

    /** Emits false when the tenant has no such campaign (or it is deleted). */
    Mono<Boolean> setForCampaign(UUID tenantId, UUID campaignId, SendingMode mode);
}
