package com.agencyos.analytics.report.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A report request with values that mean nothing; says what is wrong with each. */
public class InvalidReportRequest extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidReportRequest(Map<String, String> errors) {
        super("Invalid report request: " + errors);
        this.errors = new LinkedHashMap<>(errors);
    }

    /** Parameter name → what is wrong with its value. */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
