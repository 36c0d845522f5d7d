package com.agencyos.analytics.lead.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lead search with values that mean nothing; says what is wrong with each. */
public class InvalidLeadSearch extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidLeadSearch(Map<String, String> errors) {
        super("Invalid lead search: " + errors);
        this.errors = new LinkedHashMap<>(errors);
    }

    /** Parameter name → what is wrong with its value. */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
