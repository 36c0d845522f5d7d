package com.agencyos.outreach.enrollment.domain;

import static com.agencyos.outreach.enrollment.domain.ScoredLeads.aHotLead;
import static com.agencyos.outreach.enrollment.domain.ScoredLeads.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstEmailTest {

    @Test
    void speaksToThePersonByNameRoleAndCompany() {
        EmailDraft draft = FirstEmail.render(aHotLead());

        assertThat(draft.subject()).isEqualTo("Jo, a quick question about Acme Plumbing Supplies");
        assertThat(draft.body()).isEqualTo("""
                Hi Jo,

                I'm reaching out because you're Managing Director at Acme Plumbing Supplies. I'd like to find out \
                whether what we do could be useful to you and the team at Acme Plumbing Supplies.

                Would a 15-minute call next week make sense? If not, just reply and I won't follow up.""");
    }

    @Test
    void makesNoClaimItCannotBackWhenFieldsAreMissing() {
        EmailDraft draft = FirstEmail.render(named(null, null, null));

        assertThat(draft.subject()).isEqualTo("A quick question");
        assertThat(draft.body()).startsWith("Hi there,\n\nI'm reaching out to introduce myself. I'd like to find out "
                + "whether what we do could be useful to you.");
        assertThat(draft.body()).doesNotContain("null").doesNotContain("{{");
    }

    @Test
    void usesTheCompanyWithoutATitleAndTheTitleWithoutACompany() {
        assertThat(FirstEmail.render(named("Sam", null, "Globex")).body())
                .contains("I'm reaching out to you at Globex.");
        assertThat(FirstEmail.render(named("Sam", "Head of Sales", null)).body())
                .contains("I'm reaching out because you're Head of Sales.");
        assertThat(FirstEmail.render(named(null, null, "Globex")).subject()).isEqualTo("A quick question about Globex");
    }

    @Test
    void blankFieldsCountAsMissing() {
        assertThat(FirstEmail.render(named("  ", "\t", "")).subject()).isEqualTo("A quick question");
    }

    @Test
    void lineBreaksInLeadFieldsCannotInjectHeadersIntoTheSubject() {
        EmailDraft draft = FirstEmail.render(named("Jo\r\nBcc: everyone@example.com", null, "Acme\n\nP.S. wire money"));

        assertThat(draft.subject()).isEqualTo("Jo Bcc: everyone@example.com, a quick question about Acme P.S. wire money");
        assertThat(draft.subject()).doesNotContain("\r").doesNotContain("\n");
        assertThat(draft.body()).doesNotContain("\r").contains("Hi Jo Bcc: everyone@example.com,");
    }

    @Test
    void overlongFieldsAreCapped() {
        String longName = "A".repeat(300);

        assertThat(FirstEmail.render(named(null, null, longName)).subject())
                .isEqualTo("A quick question about " + "A".repeat(FirstEmail.MAX_FIELD_LENGTH));
    }
}
