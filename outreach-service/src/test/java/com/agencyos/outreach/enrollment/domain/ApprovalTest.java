package com.agencyos.outreach.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalTest {

    @Test
    void anEditedSubjectIsOneBoundedLineSoItCannotInjectHeaders() {
        assertThat(Approval.invalidSubject("Quotes for Acme")).isNull();
        assertThat(Approval.invalidSubject("Hi\r\nBcc: everyone@example.com")).isNotNull();
        assertThat(Approval.invalidSubject("Hi\nthere")).isNotNull();
        assertThat(Approval.invalidSubject(" ")).isNotNull();
        assertThat(Approval.invalidSubject("x".repeat(Approval.MAX_SUBJECT + 1))).isNotNull();
    }

    @Test
    void anEditedBodyIsNotBlankAndBounded() {
        assertThat(Approval.invalidBody("Hi Jo,\n\nA question.")).isNull();
        assertThat(Approval.invalidBody("  \n ")).isNotNull();
        assertThat(Approval.invalidBody("x".repeat(Approval.MAX_BODY + 1))).isNotNull();
    }
}
