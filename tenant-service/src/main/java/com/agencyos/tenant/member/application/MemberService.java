package com.agencyos.tenant.member.application;

import com.agencyos.tenant.member.application.IdentityDirectory.DirectoryUser;
import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.Member;
import com.agencyos.tenant.member.domain.MemberPolicy;
import com.agencyos.tenant.member.domain.MemberRole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Members of a tenant, kept in two places that must agree: the identity directory (Keycloak), where people sign
 * in and get {@code tenant_id} and their role in their tokens, and the local {@code member} table, the tenant's
 * view. Each change runs in one database transaction that holds the tenant's member lock and makes the directory
 * call before committing: when the directory fails the transaction rolls back and nothing is written; when the
 * database fails after the directory changed, the directory change is undone.
 */
@Service
public class MemberService {

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);

    private final Members members;
    private final IdentityDirectory directory;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public MemberService(Members members, IdentityDirectory directory, TransactionalOperator tx, Clock clock) {
        this.members = members;
        this.directory = directory;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Invites a person by email. Inviting an existing member with the same role changes nothing; a user of the
     * tenant that exists in the directory without a role (an earlier invitation interrupted half way) is
     * completed.
     *
     * @return empty when there is no such tenant
     */
    public Mono<Invited> invite(UUID tenantId, MemberRole actor, Invitation invitation) {
        AtomicReference<String> createdUser = new AtomicReference<>();
        return Mono.defer(() -> {
            MemberPolicy.checkInvite(actor, invitation.role());
            return members.lockTenant(tenantId).filter(Boolean::booleanValue)
                    .flatMap(exists -> members.findByEmail(tenantId, invitation.email())
                            .map(existing -> alreadyMember(existing, invitation))
                            .switchIfEmpty(Mono.defer(() -> directory.findByEmail(invitation.email())
                                    .flatMap(user -> user.map(found -> adopt(tenantId, found, invitation))
                                            .orElseGet(() -> provision(tenantId, invitation, createdUser))))))
                    .as(tx::transactional);
        }).onErrorResume(error -> undoCreation(createdUser.get()).then(Mono.error(error)));
    }

    public Flux<Member> list(UUID tenantId) {
        return members.list(tenantId);
    }

    /**
     * Records the caller as a member when the table does not know them yet: users the realm import created (the
     * demo users) or that an operator created by hand join the tenant's view the first time they use it.
     */
    public Mono<Void> enrol(UUID tenantId, String userId, String email, MemberRole role) {
        return members.tenantExists(tenantId).filter(Boolean::booleanValue)
                .flatMap(exists -> members.insert(new Member(userId, tenantId, email.toLowerCase(Locale.ROOT), role, now())));
    }

    /** @return empty when the tenant has no such member */
    public Mono<Member> changeRole(UUID tenantId, MemberRole actor, String userId, MemberRole newRole) {
        AtomicReference<Member> changedInDirectory = new AtomicReference<>();
        return members.lockTenant(tenantId)
                .flatMap(locked -> members.find(tenantId, userId))
                .flatMap(target -> target.role() == newRole ? unchanged(actor, target)
                        : members.countOwners(tenantId).flatMap(owners -> {
                            MemberPolicy.checkRoleChange(actor, target, newRole, owners);
                            return directory.changeRole(userId, target.role(), newRole)
                                    .then(Mono.fromRunnable(() -> changedInDirectory.set(target)))
                                    .then(members.updateRole(tenantId, userId, newRole))
                                    .thenReturn(target.withRole(newRole));
                        }))
                .as(tx::transactional)
                .onErrorResume(error -> Mono.justOrEmpty(changedInDirectory.get())
                        .flatMap(before -> directory.changeRole(userId, newRole, before.role())
                                .onErrorResume(undo -> {
                                    log.error("Member {} of tenant {} has role {} in the directory but {} here; fix it by hand",
                                            userId, tenantId, newRole, before.role(), undo);
                                    return Mono.empty();
                                }))
                        .then(Mono.error(error)));
    }

    /**
     * Removes the member and deletes their directory user. The local row goes first, in the transaction, so a
     * directory failure rolls it back; a retry after a lost commit finds the user gone and finishes the removal.
     *
     * @return false when the tenant has no such member
     */
    public Mono<Boolean> remove(UUID tenantId, MemberRole actor, String userId) {
        return members.lockTenant(tenantId)
                .flatMap(locked -> members.find(tenantId, userId))
                .flatMap(target -> members.countOwners(tenantId).flatMap(owners -> {
                    MemberPolicy.checkRemoval(actor, target, owners);
                    return members.delete(tenantId, userId).then(directory.delete(userId)).thenReturn(true);
                }))
                .defaultIfEmpty(false)
                .as(tx::transactional);
    }

    /** Setting the role a member already has changes nothing, but only someone allowed to set it learns that. */
    private static Mono<Member> unchanged(MemberRole actor, Member target) {
        return Mono.fromCallable(() -> {
            MemberPolicy.checkRoleChange(actor, target, target.role(), 1);
            return target;
        });
    }

    private static Invited alreadyMember(Member existing, Invitation invitation) {
        if (existing.role() != invitation.role()) {
            throw new MemberConflictException("member-exists", invitation.email() + " is already a member, as "
                    + existing.role() + "; change their role instead.");
        }
        return new Invited(existing, Optional.empty(), false);
    }

    private Mono<Invited> adopt(UUID tenantId, DirectoryUser user, Invitation invitation) {
        if (!user.tenantId().equals(Optional.of(tenantId))) {
            // Deliberately vague: whether an address is used in another tenant is not this tenant's business.
            return Mono.error(new MemberConflictException("email-taken", invitation.email() + " cannot be invited."));
        }
        if (user.role().isPresent()) {
            Member member = new Member(user.userId(), tenantId, invitation.email(), user.role().get(), now());
            return members.insert(member).then(Mono.fromCallable(() -> alreadyMember(member, invitation)));
        }
        InitialPassword password = InitialPassword.random(random);
        Member member = new Member(user.userId(), tenantId, invitation.email(), invitation.role(), now());
        return directory.resetPassword(user.userId(), password)
                .then(directory.grantRole(user.userId(), invitation.role()))
                .then(members.insert(member))
                .thenReturn(new Invited(member, Optional.of(password), true));
    }

    private Mono<Invited> provision(UUID tenantId, Invitation invitation, AtomicReference<String> createdUser) {
        InitialPassword password = InitialPassword.random(random);
        return directory.create(tenantId, invitation, password)
                .doOnNext(createdUser::set)
                .flatMap(userId -> directory.grantRole(userId, invitation.role())
                        .then(Mono.defer(() -> {
                            Member member = new Member(userId, tenantId, invitation.email(), invitation.role(), now());
                            return members.insert(member).thenReturn(new Invited(member, Optional.of(password), true));
                        })));
    }

    /** A user created for an invitation that then failed must not stay behind, able to sign in. */
    private Mono<Void> undoCreation(String userId) {
        if (userId == null) {
            return Mono.empty();
        }
        return directory.delete(userId).onErrorResume(e -> {
            log.error("Directory user {} was created for a failed invitation and could not be deleted; delete it by hand",
                    userId, e);
            return Mono.empty();
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
