package com.agencyos.outreach.enrollment.domain;

/** What a score means for a lead's enrolment in a campaign. */
public sealed interface EnrollmentDecision {

    /** Enrolled (new, or a lead once declined that now qualifies): store it and draft its first step. */
    record Enrol(Enrollment enrollment) implements EnrollmentDecision {
    }

    /** Not worth a touch: store it as not enrolled, with the reason. */
    record Decline(Enrollment enrollment) implements EnrollmentDecision {
    }

    /** An active enrolment whose lead no longer qualifies: store it stopped. */
    record Stop(Enrollment enrollment) implements EnrollmentDecision {
    }

    /** Nothing changes: the lead is already enrolled, or was stopped for good. */
    record Unchanged(String why) implements EnrollmentDecision {
    }
}
