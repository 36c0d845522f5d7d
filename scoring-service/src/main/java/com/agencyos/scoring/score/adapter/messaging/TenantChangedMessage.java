package com.agencyos.scoring.score.adapter.messaging;

import com.agencyos.scoring.score.domain.Icp;
import java.util.List;
import java.util.UUID;

/** The part of {@code agencyos.tenant.changed.v1} scoring reads: the ICP. */
record TenantChangedMessage(UUID tenantId, Long version, IcpMessage icp) {

    record IcpMessage(List<String> industries, Integer sizeMin, Integer sizeMax, List<String> locations,
            List<String> competitorDomains) {
    }

    Icp toIcp() {
        return icp == null ? Icp.DEFAULT
                : Icp.of(icp.industries(), icp.sizeMin(), icp.sizeMax(), icp.locations(), icp.competitorDomains());
    }
}
