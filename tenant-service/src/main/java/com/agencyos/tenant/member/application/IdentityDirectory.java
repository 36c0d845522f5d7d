package com.agencyos.tenant.member.application;

import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.MemberRole;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Where the people who sign in live (Keycloak's realm {@code agency}). Every method fails with
 * {@link IdentityUnavailableException} when the directory cannot be reached or answers 5xx, and with
 * {@link IdentityFailedException} when it answers something this service did not expect.
 */
public interface IdentityDirectory {

    /** The user with this email, if any, with the tenant and tenant role the directory holds for them. */
    Mono<Optional<DirectoryUser>> findByEmail(String email);

    /** Creates an enabled user of the tenant that signs in with the given password; emits the new user id. */
    Mono<String> create(UUID tenantId, Invitation invitation, InitialPassword password);

    Mono<Void> resetPassword(String userId, InitialPassword password);

    Mono<Void> grantRole(String userId, MemberRole role);

    /** Grants the new role, then takes the old one away. */
    Mono<Void> changeRole(String userId, MemberRole from, MemberRole to);

    /** Deletes the user; a user already gone counts as deleted. */
    Mono<Void> delete(String userId);

    /** @param tenantId empty for a user without a tenant (a platform administrator) */
    record DirectoryUser(String userId, Optional<UUID> tenantId, Optional<MemberRole> role) {
    }
}
