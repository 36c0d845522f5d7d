package com.agencyos.tenant.tenancy.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every field error of one input, so a client learns about all of them at once. */
final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidTenantException(errors);
        }
    }
}
