package com.agencyos.tenant.member.application;

import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Member;
import java.util.Optional;

/**
 * The outcome of an invitation.
 *
 * @param initialPassword present only when this invitation set the member's password
 * @param created false when the person was already a member with that role (nothing changed)
 */
public record Invited(Member member, Optional<InitialPassword> initialPassword, boolean created) {
}
