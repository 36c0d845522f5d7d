package com.agencyos.tenant.member.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationTest {

    @Test
    void anInvitationNormalisesTheAddressAndParsesTheRole() {
        Invitation invitation = Invitation.of("  Jo.Bloggs@Acme.COM.au ", "Admin", " Jo ", "Bloggs");
        assertThat(invitation.email()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(invitation.role()).isEqualTo(MemberRole.admin);
        assertThat(invitation.firstName()).isEqualTo("Jo");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> Invitation.of("not-an-address", "platform_admin", "", "<script>"))
                .isInstanceOfSatisfying(InvalidMemberException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("email", "role", "firstName", "lastName"));
        assertThatThrownBy(() -> Invitation.of(null, null, null, "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidMemberException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("email", "role", "firstName", "lastName"));
    }

    @Test
    void theStrongestTenantRoleOfATokenIsTheMembersRoleAndKeycloaksOwnRolesAreIgnored() {
        assertThat(MemberRole.strongestOf(List.of("offline_access", "viewer", "admin"))).contains(MemberRole.admin);
        assertThat(MemberRole.strongestOf(List.of("default-roles-agency", "platform_admin"))).isEmpty();
    }

    @Test
    void anInitialPasswordIsLongRandomAndNeverPrinted() {
        InitialPassword password = InitialPassword.random(new SecureRandom());
        assertThat(password.value()).hasSize(24).isNotEqualTo(InitialPassword.random(new SecureRandom()).value());
        assertThat(password.toString()).doesNotContain(password.value());
    }
}
