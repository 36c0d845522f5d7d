/**
 * The people of a tenant: who may sign in to it and with which role.
 *
 * <h2>Model</h2>
 * A {@link com.agencyos.tenant.member.domain.Member} is a Keycloak user of realm {@code agency} whose
 * {@code tenant_id} attribute names the tenant, with one realm role: {@code owner}, {@code admin}, {@code member}
 * or {@code viewer}. Keycloak holds the users (their tokens carry {@code tenant_id} and {@code roles}); the local
 * {@code member} table is the tenant's view of them. {@link com.agencyos.tenant.member.domain.MemberPolicy}
 * holds the rules: owners and admins manage members, only owners grant, change or remove the owner role, and a
 * tenant always keeps one owner.
 *
 * <h2>Consistency</h2>
 * Each change runs in one database transaction that holds a per-tenant advisory lock and calls Keycloak before it
 * commits: a Keycloak failure rolls the transaction back (nothing written, 502/503 problem), and a database failure
 * after Keycloak changed undoes the Keycloak change (a created user is deleted, a role change reverted). Users the
 * realm import created join the table the first time they call the members API (from their token).
 *
 * <h2>Adapters</h2>
 * {@code KeycloakDirectory} calls the Admin REST API as the {@code tenant-provisioning} client's service account
 * (client credentials, secret {@code AGENCYOS_PROVISIONING_SECRET}). Without that secret an in-process directory
 * stands in (offline development, integration tests): members then cannot sign in.
 *
 * <h2>Events</h2>
 * None yet: no other service needs the member list.
 */
package com.agencyos.tenant.member;
