package com.agencyos.gateway.ratelimit.application;

import com.agencyos.gateway.ratelimit.domain.Tier;

/**
 * The tier a tenant pays for. Access tokens do not carry it, so the gateway keeps its own view, to be
 * fed from {@code tenant.changed}.
 */
public interface TenantTierResolver {

    Tier tierOf(String tenantId);
}
