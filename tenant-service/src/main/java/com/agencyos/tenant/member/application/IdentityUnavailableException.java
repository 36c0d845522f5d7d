package com.agencyos.tenant.member.application;

/** The identity provider cannot be reached or failed; the change was not made. */
public final class IdentityUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityUnavailableException(String message) {
        super(message);
    }

    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
