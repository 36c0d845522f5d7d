package com.agencyos.ingest.lead.application;

import com.agencyos.ingest.lead.domain.HubSpotFieldMapping;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Each tenant's HubSpot field mapping; a tenant that never set one has the standard mapping. */
public interface HubSpotMappings {

    /** Empty when the tenant never set a mapping. */
    Mono<HubSpotFieldMapping> find(UUID tenantId);

    Mono<Void> save(UUID tenantId, HubSpotFieldMapping mapping, String updatedBy);
}
