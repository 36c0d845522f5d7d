package com.agencyos.tenant.secret.domain;

import java.util.Map;

/** Bad input for a secret, one message per field; never carries the value itself. */
public final class InvalidSecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> errors;

    public InvalidSecretException(Map<String, String> errors) {
        super("Invalid secret fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
