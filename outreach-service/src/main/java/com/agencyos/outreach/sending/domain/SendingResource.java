package com.agencyos.outreach.sending.domain;

import java.time.Instant;
import java.util.UUID;

/** Something a tenant's touches go out through, on one channel. */
public record SendingResource(UUID id, UUID tenantId, Channel channel, ResourceKind kind, String name,
        Instant createdAt) {

    public static SendingResource draftDesk(UUID id, UUID tenantId, Channel channel, Instant now) {
        return new SendingResource(id, tenantId, channel, ResourceKind.DRAFT_DESK,
                "Drafts (" + channel.wireName() + ", sent by a person)", now);
    }
}
