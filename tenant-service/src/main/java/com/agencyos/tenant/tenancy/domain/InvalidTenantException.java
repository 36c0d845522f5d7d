package com.agencyos.tenant.tenancy.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Input that breaks the tenant's rules, with a message per offending field (e.g. {@code icp.sizeMax}). */
public class InvalidTenantException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidTenantException(Map<String, String> fieldErrors) {
        super("Invalid tenant fields: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** The field errors in a stable order (by field name). */
    public Map<String, String> fieldErrors() {
        return new LinkedHashMap<>(new TreeMap<>(fieldErrors));
    }
}
