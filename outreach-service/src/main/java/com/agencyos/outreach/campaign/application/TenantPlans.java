package com.agencyos.outreach.campaign.application;

import com.agencyos.outreach.campaign.domain.TenantPlan;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The read model of {@code tenant.changed}. */
public interface TenantPlans {

    /** Keeps the plan unless the one kept has the same or a higher version; emits whether it was kept. */
    Mono<Boolean> record(TenantPlan plan);

    Mono<TenantPlan> find(UUID tenantId);
}
