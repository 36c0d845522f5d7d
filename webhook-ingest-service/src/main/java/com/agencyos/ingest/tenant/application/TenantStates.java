package com.agencyos.ingest.tenant.application;

import com.agencyos.ingest.tenant.domain.TenantState;
import java.util.UUID;
import reactor.core.publisher.Mono;

public interface TenantStates {

    /** Stores the state unless one with at least its version is held. @return whether it was stored */
    Mono<Boolean> replaceIfNewer(TenantState state);

    Mono<Void> forget(UUID tenantId);

    Mono<TenantState> find(UUID tenantId);
}
