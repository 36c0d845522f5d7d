package com.agencyos.playbook.account.application;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Each tenant's own website (the vendor side of its playbooks), as its latest {@code tenant.changed} gives it. */
public interface TenantVendors {

    /** The tenant's vendor domain; empty when unknown. */
    Mono<String> vendorOf(UUID tenantId);

    /** Keeps the newest version only: an older or repeated version changes nothing. */
    Mono<Void> remember(UUID tenantId, String vendorDomain, long version);
}
