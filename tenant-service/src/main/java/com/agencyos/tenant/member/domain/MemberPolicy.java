package com.agencyos.tenant.member.domain;

import com.agencyos.tenant.member.domain.MemberRuleViolation.Reason;

/**
 * Who may change whom. Owners and admins manage members; only an owner grants, changes or removes the owner
 * role, so an admin cannot lock the owners out; and a tenant always keeps at least one owner, who pays the bill.
 */
public final class MemberPolicy {

    private MemberPolicy() {
    }

    public static void checkInvite(MemberRole actor, MemberRole invited) {
        requireManager(actor);
        if (invited == MemberRole.owner && actor != MemberRole.owner) {
            throw new MemberRuleViolation(Reason.NOT_ALLOWED, "Only an owner can make someone an owner.");
        }
    }

    /** @param owners how many owners the tenant has now, the target included */
    public static void checkRoleChange(MemberRole actor, Member target, MemberRole newRole, long owners) {
        requireManager(actor);
        if ((target.role() == MemberRole.owner || newRole == MemberRole.owner) && actor != MemberRole.owner) {
            throw new MemberRuleViolation(Reason.NOT_ALLOWED, "Only an owner can grant or take away the owner role.");
        }
        if (target.role() == MemberRole.owner && newRole != MemberRole.owner && owners <= 1) {
            throw new MemberRuleViolation(Reason.LAST_OWNER,
                    "The tenant's last owner cannot give up the role; make another member an owner first.");
        }
    }

    /** @param owners how many owners the tenant has now, the target included */
    public static void checkRemoval(MemberRole actor, Member target, long owners) {
        requireManager(actor);
        if (target.role() == MemberRole.owner && actor != MemberRole.owner) {
            throw new MemberRuleViolation(Reason.NOT_ALLOWED, "Admins cannot remove an owner.");
        }
        if (target.role() == MemberRole.owner && owners <= 1) {
            throw new MemberRuleViolation(Reason.LAST_OWNER,
                    "The tenant's last owner cannot leave; make another member an owner first.");
        }
    }

    private static void requireManager(MemberRole actor) {
        if (actor == null || !actor.managesMembers()) {
            throw new MemberRuleViolation(Reason.NOT_ALLOWED, "Only owners and admins manage members.");
        }
    }
}
