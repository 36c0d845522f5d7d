package com.agencyos.playbook.account.domain;

/** One step of a sequence: sent on {@code day} (day 1 is enrolment day), merge fields left in place. */
public record Touch(int day, String subject, String body) {

    public Touch {
        if (day < 1) {
            throw new IllegalArgumentException("A touch goes out on day 1 or later, not day " + day);
        }
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("A touch needs a subject and a body");
        }
    }
}
