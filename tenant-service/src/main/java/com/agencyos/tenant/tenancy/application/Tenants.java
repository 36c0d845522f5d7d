package com.agencyos.tenant.tenancy.application;

import com.agencyos.tenant.tenancy.domain.Tenant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where tenants are kept. */
public interface Tenants {

    /** Inserts a new tenant; emits false when a tenant with its id already exists. */
    Mono<Boolean> insert(Tenant tenant);

    Mono<Tenant> find(UUID id);

    /** Reads the tenant and locks it until the surrounding transaction ends, so concurrent changes queue up. */
    Mono<Tenant> lock(UUID id);

    Mono<Void> update(Tenant tenant);
}
