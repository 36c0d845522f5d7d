package com.agencyos.tenant.member.application;

/** The address already belongs to a member with another role, or to a user outside this tenant. */
public final class MemberConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    public MemberConflictException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    /** The problem type: {@code member-exists} or {@code email-taken}. */
    public String slug() {
        return slug;
    }
}
