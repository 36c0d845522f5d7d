package com.agencyos.tenant.suppression.domain;

/** A suppression field that cannot be accepted; {@code field} names it as the API does. */
public class InvalidSuppressionException extends RuntimeException {

    private final String field;

    public InvalidSuppressionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
