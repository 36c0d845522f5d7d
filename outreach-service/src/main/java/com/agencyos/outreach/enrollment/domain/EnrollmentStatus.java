package com.agencyos.outreach.enrollment.domain;

import java.util.Locale;

/**
 * {@code ACTIVE}: its steps run. {@code WAITING}: held until the account playbook arrives (the campaign waits for one), no
 * step scheduled yet. {@code STOPPED}: ended for good. {@code NOT_ENROLLED}: declined, with a reason.
 */
public enum EnrollmentStatus {
    ACTIVE, WAITING, STOPPED, NOT_ENROLLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EnrollmentStatus fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
