package com.agencyos.tenant.member.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.Member;
import com.agencyos.tenant.member.domain.MemberRole;
import com.agencyos.tenant.member.domain.MemberRuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class MemberServiceTest {

    static final Duration WAIT = Duration.ofSeconds(5);
    final UUID tenant = UUID.randomUUID();
    final InMemoryMembers members = new InMemoryMembers(tenant);
    final ScriptedDirectory directory = new ScriptedDirectory();
    final MemberService service = new MemberService(members, directory, members.transactions(),
            Clock.fixed(Instant.parse("2026-11-22T04:00:00Z"), ZoneOffset.UTC));

    @Test
    void anInvitationCreatesTheUserGrantsTheRoleAndRecordsTheMemberWithAPasswordShownOnce() {
        Invited invited = service.invite(tenant, MemberRole.owner, Invitation.of("jo@acme.test", "member", "Jo", "Bloggs")).block(WAIT);

        assertThat(invited.created()).isTrue();
        assertThat(invited.initialPassword()).isPresent();
        assertThat(directory.calls).containsExactly("find jo@acme.test", "create jo@acme.test", "grant member");
        assertThat(members.rows).containsKey(invited.member().userId());
    }

    @Test
    void whenTheDirectoryIsDownTheInvitationFailsAndNothingIsWritten() {
        directory.failOn = "create";
        assertThatThrownBy(() -> service.invite(tenant, MemberRole.owner, Invitation.of("jo@acme.test", "member", "Jo", "B")).block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
        assertThat(members.rows).isEmpty();
    }

    @Test
    void aUserCreatedForAnInvitationThatThenFailsIsDeletedAgain() {
        directory.failOn = "grant";
        assertThatThrownBy(() -> service.invite(tenant, MemberRole.admin, Invitation.of("jo@acme.test", "viewer", "Jo", "B")).block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
        assertThat(members.rows).isEmpty();
        assertThat(directory.calls).contains("delete user-1");

        directory.failOn = null;
        directory.calls.clear();
        members.failInsert = true;
        assertThatThrownBy(() -> service.invite(tenant, MemberRole.admin, Invitation.of("al@acme.test", "viewer", "Al", "B")).block(WAIT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(directory.calls).contains("delete user-2");
    }

    @Test
    void invitingAnExistingMemberAgainWithTheSameRoleChangesNothingAndWithAnotherRoleIsAConflict() {
        service.invite(tenant, MemberRole.owner, Invitation.of("jo@acme.test", "member", "Jo", "B")).block(WAIT);
        directory.calls.clear();

        Invited again = service.invite(tenant, MemberRole.owner, Invitation.of("JO@acme.test", "member", "Jo", "B")).block(WAIT);
        assertThat(again.created()).isFalse();
        assertThat(again.initialPassword()).isEmpty();
        assertThat(directory.calls).isEmpty();
        assertThatThrownBy(() -> service.invite(tenant, MemberRole.owner, Invitation.of("jo@acme.test", "admin", "Jo", "B")).block(WAIT))
                .isInstanceOfSatisfying(MemberConflictException.class, e -> assertThat(e.slug()).isEqualTo("member-exists"));
    }

    @Test
    void anAddressOfAnotherTenantsUserCannotBeInvited() {
        directory.existing = new IdentityDirectory.DirectoryUser("theirs", Optional.of(UUID.randomUUID()), Optional.of(MemberRole.owner));
        assertThatThrownBy(() -> service.invite(tenant, MemberRole.owner, Invitation.of("jo@globex.test", "member", "Jo", "B")).block(WAIT))
                .isInstanceOfSatisfying(MemberConflictException.class, e -> assertThat(e.slug()).isEqualTo("email-taken"));
        assertThat(members.rows).isEmpty();
        assertThat(directory.calls).doesNotContain("delete theirs");
    }

    @Test
    void aRoleChangeTheDirectoryRefusesLeavesTheMemberAsTheyWere() {
        Member jo = service.invite(tenant, MemberRole.owner, Invitation.of("jo@acme.test", "member", "Jo", "B")).block(WAIT).member();
        directory.failOn = "change";
        assertThatThrownBy(() -> service.changeRole(tenant, MemberRole.owner, jo.userId(), MemberRole.admin).block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
        assertThat(members.rows.get(jo.userId()).role()).isEqualTo(MemberRole.member);
    }

    @Test
    void theLastOwnerIsRefusedBeforeTheDirectoryIsAsked() {
        Member owner = service.invite(tenant, MemberRole.owner, Invitation.of("o@acme.test", "owner", "O", "B")).block(WAIT).member();
        directory.calls.clear();
        assertThatThrownBy(() -> service.remove(tenant, MemberRole.owner, owner.userId()).block(WAIT))
                .isInstanceOfSatisfying(MemberRuleViolation.class, e -> assertThat(e.reason()).isEqualTo(MemberRuleViolation.Reason.LAST_OWNER));
        assertThat(directory.calls).isEmpty();
        assertThat(members.rows).containsKey(owner.userId());
    }

    @Test
    void aRemovalTheDirectoryFailsKeepsTheMemberAndAnotherTenantsMemberIsNotFound() {
        Member jo = service.invite(tenant, MemberRole.owner, Invitation.of("jo@acme.test", "viewer", "Jo", "B")).block(WAIT).member();
        directory.failOn = "delete";
        assertThatThrownBy(() -> service.remove(tenant, MemberRole.owner, jo.userId()).block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
        assertThat(members.rows).containsKey(jo.userId());

        assertThat(service.remove(UUID.randomUUID(), MemberRole.owner, jo.userId()).block(WAIT)).isFalse();
        directory.failOn = null;
        assertThat(service.remove(tenant, MemberRole.admin, jo.userId()).block(WAIT)).isTrue();
        assertThat(members.rows).isEmpty();
    }

    /** Members of one tenant in memory; a transaction that fails restores the rows as they were. */
    static final class InMemoryMembers implements Members {

        final UUID tenant;
        Map<String, Member> rows = new LinkedHashMap<>();
        boolean failInsert;

        InMemoryMembers(UUID tenant) {
            this.tenant = tenant;
        }

        TransactionalOperator transactions() {
            return new TransactionalOperator() {
                @Override
                public <T> Flux<T> execute(org.springframework.transaction.reactive.TransactionCallback<T> action) {
                    return Flux.defer(() -> {
                        Map<String, Member> before = new LinkedHashMap<>(rows);
                        return Flux.from(action.doInTransaction(null)).doOnError(e -> rows = before);
                    });
                }
            };
        }

        @Override
        public Mono<Boolean> lockTenant(UUID tenantId) {
            return tenantExists(tenantId);
        }

        @Override
        public Mono<Boolean> tenantExists(UUID tenantId) {
            return Mono.just(tenant.equals(tenantId));
        }

        @Override
        public Mono<Member> find(UUID tenantId, String userId) {
            return Mono.justOrEmpty(rows.get(userId)).filter(m -> m.tenantId().equals(tenantId));
        }

        @Override
        public Mono<Member> findByEmail(UUID tenantId, String email) {
            return Flux.fromIterable(rows.values()).filter(m -> m.tenantId().equals(tenantId) && m.email().equals(email)).next();
        }

        @Override
        public Flux<Member> list(UUID tenantId) {
            return Flux.fromIterable(List.copyOf(rows.values())).filter(m -> m.tenantId().equals(tenantId));
        }

        @Override
        public Mono<Long> countOwners(UUID tenantId) {
            return list(tenantId).filter(m -> m.role() == MemberRole.owner).count();
        }

        @Override
        public Mono<Void> insert(Member member) {
            return Mono.fromRunnable(() -> {
                if (failInsert) {
                    throw new IllegalStateException("database gone");
                }
                rows.putIfAbsent(member.userId(), member);
            });
        }

        @Override
        public Mono<Void> updateRole(UUID tenantId, String userId, MemberRole role) {
            return Mono.fromRunnable(() -> rows.computeIfPresent(userId, (id, m) -> m.withRole(role)));
        }

        @Override
        public Mono<Void> delete(UUID tenantId, String userId) {
            return Mono.fromRunnable(() -> rows.remove(userId));
        }
    }

    /** Records what was asked of the directory and fails the call named by {@code failOn} as if Keycloak were down. */
    static final class ScriptedDirectory implements IdentityDirectory {

        final List<String> calls = new ArrayList<>();
        String failOn;
        DirectoryUser existing;
        int created;

        private Mono<Void> call(String name, String description) {
            calls.add(description);
            return name.equals(failOn) ? Mono.error(new IdentityUnavailableException("Keycloak answered 503")) : Mono.empty();
        }

        @Override
        public Mono<Optional<DirectoryUser>> findByEmail(String email) {
            return call("find", "find " + email).then(Mono.fromSupplier(() -> Optional.ofNullable(existing)));
        }

        @Override
        public Mono<String> create(UUID tenantId, Invitation invitation, InitialPassword password) {
            return call("create", "create " + invitation.email()).then(Mono.fromSupplier(() -> "user-" + ++created));
        }

        @Override
        public Mono<Void> resetPassword(String userId, InitialPassword password) {
            return call("reset", "reset " + userId);
        }

        @Override
        public Mono<Void> grantRole(String userId, MemberRole role) {
            return call("grant", "grant " + role);
        }

        @Override
        public Mono<Void> changeRole(String userId, MemberRole from, MemberRole to) {
            return call("change", "change " + from + " to " + to);
        }

        @Override
        public Mono<Void> delete(String userId) {
            return call("delete", "delete " + userId);
        }
    }
}
