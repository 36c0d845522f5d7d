package com.agencyos.gateway.hygiene.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Headers that only the platform may set. Services trust them inside the cluster, so a client that
 * supplies one must never get it past the gateway.
 */
public final class InternalHeaders {

    public static final String TENANT_ID = "X-Tenant-Id";
    public static final String USER_ID = "X-User-Id";
    public static final String USER_ROLES = "X-User-Roles";

    private static final String INTERNAL_PREFIX = "x-internal-";
    private static final Set<String> RESERVED = Set.of("x-tenant-id", "x-user-id", "x-user-roles");

    private InternalHeaders() {
    }

    public static boolean isInternal(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return RESERVED.contains(name) || name.startsWith(INTERNAL_PREFIX);
    }
}
