package com.agencyos.tenant.tenancy.application;

import com.agencyos.tenant.tenancy.domain.Tenant;
import reactor.core.publisher.Mono;

/** Announces tenant changes; implementations append to the outbox in the caller's transaction. */
public interface TenantEvents {

    /** Publishes the tenant's full current state, with the leads counted against this month's pool. */
    Mono<Void> changed(Tenant tenant, long leadPoolUsed);
}
