package com.agencyos.tenant.member.domain;

import java.util.Map;

/** Bad input for a member change, with one message per field. */
public final class InvalidMemberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> errors;

    public InvalidMemberException(Map<String, String> errors) {
        super("Invalid member fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
