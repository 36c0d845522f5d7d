package com.agencyos.outreach.campaign.domain;

import java.time.Instant;
import java.util.UUID;

/** A campaign of one tenant. */
public record Campaign(UUID id, UUID tenantId, String name, CampaignOrigin origin, SendingMode sendingMode,
        Instant createdAt) {

    public static final String INBOUND_NAME = "Inbound";

    /** The tenant's default campaign; every new campaign drafts only until sending exists. */
    public static Campaign inbound(UUID id, UUID tenantId, Instant now) {
        return new Campaign(id, tenantId, INBOUND_NAME, CampaignOrigin.INBOUND, SendingMode.DRAFT_ONLY, now);
    }

    /** A campaign known only by the id a lead named at intake; its owner can name it properly later. */
    public static Campaign namedAtIntake(UUID id, UUID tenantId, Instant now) {
        return new Campaign(id, tenantId, "Campaign " + id.toString().substring(0, 8), CampaignOrigin.INTAKE,
                SendingMode.DRAFT_ONLY, now);
    }
}
