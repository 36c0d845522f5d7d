package com.agencyos.outreach.sending.domain;

/** A sending resource broke a rule; {@code field} names the offending input. */
public class InvalidResource extends IllegalArgumentException {

    private final String field;

    public InvalidResource(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidResource(field, message);
        }
    }
}
