package com.agencyos.platform.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request, derived from the access token alone.
 *
 * @param subject the token's {@code sub}
 * @param tenant the {@code tenant_id} claim, empty for platform administrators and tokens without a tenant
 * @param roles the realm roles from the flat {@code roles} claim
 */
public record Caller(String subject, Optional<UUID> tenant, Set<String> roles) {

    public static final String OWNER = "owner";
    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    public static final String VIEWER = "viewer";
    public static final String PLATFORM_ADMIN = "platform_admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller's tenant; a token without one may not touch tenant data, which answers 403. */
    public UUID tenantId() {
        return tenant.orElseThrow(() -> ApiProblem.forbidden("The access token carries no tenant."));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    public boolean isPlatformAdmin() {
        return hasRole(PLATFORM_ADMIN);
    }

    /** Owners, admins and members may change a tenant's working data; viewers only read. */
    public Caller requireWriter() {
        return requireAnyRole(OWNER, ADMIN, MEMBER);
    }

    public Caller requireAnyRole(String... anyOf) {
        if (!hasAnyRole(anyOf)) {
            throw ApiProblem.forbidden("This action needs one of the roles " + String.join(", ", anyOf) + ".");
        }
        return this;
    }
}
