package com.agencyos.outreach.sending.application;

import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.SendingResource;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class SendingResourceService {

    private final SendingResources resources;

    public SendingResourceService(SendingResources resources) {
        this.resources = resources;
    }

    /** The tenant's draft desk for the channel, created on first use. */
    public Mono<SendingResource> draftDesk(UUID tenantId, Channel channel, Instant now) {
        return resources.draftDeskOf(tenantId, channel)
                .switchIfEmpty(Mono.defer(() -> resources.addIfAbsent(
                                SendingResource.draftDesk(UUID.randomUUID(), tenantId, channel, now))
                        .then(resources.draftDeskOf(tenantId, channel))));
    }
}
