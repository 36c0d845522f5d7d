package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Enrollment;

/** An enrolment with the lead's contact details, for people reading a campaign. */
public record EnrolledLead(Enrollment enrollment, String email, String firstName, String lastName,
        String companyName) {
}
