package com.agencyos.tenant.member.application;

/** The identity provider answered something unexpected; the change was not made. */
public final class IdentityFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityFailedException(String message) {
        super(message);
    }

    public IdentityFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
