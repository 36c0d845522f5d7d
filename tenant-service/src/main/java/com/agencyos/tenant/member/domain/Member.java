package com.agencyos.tenant.member.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A person (a Keycloak user) who belongs to one tenant with one role.
 *
 * @param userId the Keycloak user id, which is also the {@code sub} of the member's tokens
 */
public record Member(String userId, UUID tenantId, String email, MemberRole role, Instant joinedAt) {

    public Member withRole(MemberRole newRole) {
        return new Member(userId, tenantId, email, newRole, joinedAt);
    }
}
