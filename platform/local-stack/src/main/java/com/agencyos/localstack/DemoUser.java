package com.agencyos.localstack;

import java.util.List;

/** The demo identities of docs/conventions.md, as imported from deploy/keycloak/agency-realm.json. */
public record DemoUser(String username, String role, String tenantName) {

    public static final String ACME_TENANT_ID = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    public static final String GLOBEX_TENANT_ID = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("owner@acme.test", "owner", "Acme Agency"),
            new DemoUser("viewer@acme.test", "viewer", "Acme Agency"),
            new DemoUser("owner@globex.test", "owner", "Globex"),
            new DemoUser("viewer@globex.test", "viewer", "Globex"),
            new DemoUser("admin@agencyos.test", "platform_admin", "(no tenant)"));
}
