package com.agencyos.tenant.member.adapter.identity;

import com.agencyos.tenant.member.application.IdentityDirectory;
import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.MemberRole;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The directory used when no Keycloak provisioning secret is configured: users live in this process only, so
 * member management works offline (a developer's machine, the integration tests) but nobody can sign in as an
 * invited member. Never meant for a deployed service; the configuration logs a warning when it is chosen.
 */
public class OfflineDirectory implements IdentityDirectory {

    private final Map<String, User> byId = new ConcurrentHashMap<>();

    @Override
    public Mono<Optional<DirectoryUser>> findByEmail(String email) {
        return Mono.fromSupplier(() -> byId.values().stream().filter(u -> u.email().equals(email)).findFirst()
                .map(u -> new DirectoryUser(u.id(), Optional.of(u.tenantId()), Optional.ofNullable(u.role()))));
    }

    @Override
    public Mono<String> create(UUID tenantId, Invitation invitation, InitialPassword password) {
        return Mono.fromSupplier(() -> {
            String id = UUID.randomUUID().toString();
            byId.put(id, new User(id, tenantId, invitation.email(), null));
            return id;
        });
    }

    @Override
    public Mono<Void> resetPassword(String userId, InitialPassword password) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> grantRole(String userId, MemberRole role) {
        return Mono.fromRunnable(() -> byId.computeIfPresent(userId, (id, u) -> new User(id, u.tenantId(), u.email(), role)));
    }

    @Override
    public Mono<Void> changeRole(String userId, MemberRole from, MemberRole to) {
        return grantRole(userId, to);
    }

    @Override
    public Mono<Void> delete(String userId) {
        return Mono.fromRunnable(() -> byId.remove(userId));
    }

    private record User(String id, UUID tenantId, String email, MemberRole role) {
    }
}
