package com.agencyos.tenant.member.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.tenant.member.domain.MemberRuleViolation.Reason;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberPolicyTest {

    static Member a(MemberRole role) {
        return new Member(UUID.randomUUID().toString(), UUID.randomUUID(), role + "@acme.test", role, Instant.EPOCH);
    }

    @Test
    void ownersAndAdminsInviteButMembersAndViewersCannot() {
        assertThatCode(() -> MemberPolicy.checkInvite(MemberRole.owner, MemberRole.admin)).doesNotThrowAnyException();
        assertThatCode(() -> MemberPolicy.checkInvite(MemberRole.admin, MemberRole.member)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberPolicy.checkInvite(MemberRole.member, MemberRole.viewer))
                .isInstanceOf(MemberRuleViolation.class).extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> MemberPolicy.checkInvite(MemberRole.viewer, MemberRole.viewer))
                .extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> MemberPolicy.checkInvite(null, MemberRole.viewer)).extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
    }

    @Test
    void onlyAnOwnerMakesSomeoneAnOwner() {
        assertThatCode(() -> MemberPolicy.checkInvite(MemberRole.owner, MemberRole.owner)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberPolicy.checkInvite(MemberRole.admin, MemberRole.owner)).extracting("reason")
                .isEqualTo(Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> MemberPolicy.checkRoleChange(MemberRole.admin, a(MemberRole.member), MemberRole.owner, 1))
                .extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
    }

    @Test
    void adminsCannotDemoteOrRemoveAnOwner() {
        assertThatThrownBy(() -> MemberPolicy.checkRoleChange(MemberRole.admin, a(MemberRole.owner), MemberRole.viewer, 3))
                .extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> MemberPolicy.checkRemoval(MemberRole.admin, a(MemberRole.owner), 3))
                .extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
        assertThatCode(() -> MemberPolicy.checkRemoval(MemberRole.admin, a(MemberRole.admin), 1)).doesNotThrowAnyException();
    }

    @Test
    void theLastOwnerCannotLeaveNorGiveUpTheRoleButOneOfTwoCan() {
        Member owner = a(MemberRole.owner);
        assertThatThrownBy(() -> MemberPolicy.checkRemoval(MemberRole.owner, owner, 1)).extracting("reason")
                .isEqualTo(Reason.LAST_OWNER);
        assertThatThrownBy(() -> MemberPolicy.checkRoleChange(MemberRole.owner, owner, MemberRole.admin, 1)).extracting("reason")
                .isEqualTo(Reason.LAST_OWNER);
        assertThatCode(() -> MemberPolicy.checkRemoval(MemberRole.owner, owner, 2)).doesNotThrowAnyException();
        assertThatCode(() -> MemberPolicy.checkRoleChange(MemberRole.owner, owner, MemberRole.admin, 2)).doesNotThrowAnyException();
    }

    @Test
    void membersAndViewersChangeNobody() {
        assertThatThrownBy(() -> MemberPolicy.checkRoleChange(MemberRole.member, a(MemberRole.viewer), MemberRole.member, 1))
                .extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> MemberPolicy.checkRemoval(MemberRole.viewer, a(MemberRole.viewer), 1))
                .extracting("reason").isEqualTo(Reason.NOT_ALLOWED);
    }
}
