package com.agencyos.outreach.enrollment.domain;

/** An email's subject and plain-text body, merge fields already filled. */
public record EmailDraft(String subject, String body) {
}
