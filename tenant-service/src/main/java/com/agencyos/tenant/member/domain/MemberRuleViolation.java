package com.agencyos.tenant.member.domain;

/** A member change the rules refuse: the caller lacks the right, or the tenant would be left without an owner. */
public final class MemberRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the change is refused. */
    public enum Reason {
        /** The caller's role does not allow the change. */
        NOT_ALLOWED,
        /** The change would leave the tenant without an owner. */
        LAST_OWNER
    }

    private final Reason reason;

    public MemberRuleViolation(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
