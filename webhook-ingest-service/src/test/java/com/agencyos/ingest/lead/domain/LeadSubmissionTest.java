package com.agencyos.ingest.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadSubmissionTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    static LeadSubmission from(String email) {
        return withExternalId(email, null);
    }

    static LeadSubmission withExternalId(String email, String externalId) {
        return new LeadSubmission(email, "Jo", "Bloggs", null, null, null, null, "Acme", null, null, null, 38, null,
                externalId, Map.of());
    }

    @Test
    void aSubmissionWithAValidEmailCanBecomeALead() {
        assertThat(from("jo.bloggs@acme.com.au").violations()).isEmpty();
    }

    @Test
    void theEmailIsRequired() {
        assertThat(from(null).violations()).containsEntry("email", "is required");
    }

    @Test
    void recognisesAddressesPeopleReallyHave() {
        for (String email : List.of("jo.bloggs@acme.com.au", "JO+leads@Acme-Plumbing.com", "o'brien@example.ie",
                "x@a.io", "jo@xn--mller-kva.de")) {
            assertThat(EmailAddress.isValid(email)).as(email).isTrue();
        }
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        for (String email : List.of("jo", "jo@", "@acme.com", "jo@acme", "jo@@acme.com", "jo bloggs@acme.com",
                "jo..bloggs@acme.com", ".jo@acme.com", "jo@-acme.com", "jo@acme..com", "jo@acme.c0m", "jo@acme.com.",
                "a".repeat(65) + "@acme.com", "jo@" + "a".repeat(250) + ".com")) {
            assertThat(EmailAddress.isValid(email)).as(email).isFalse();
        }
        assertThat(from("jo@acme").violations()).containsEntry("email", "is not a valid email address");
    }

    @Test
    void aNegativeHeadcountOrAnOverlongExternalIdIsRefused() {
        var submission = new LeadSubmission("jo@acme.com.au", null, null, null, null, null, null, null, null, null,
                null, -1, null, "x".repeat(256), Map.of());
        assertThat(submission.violations()).containsOnlyKeys("employeeCount", "externalId");
    }

    @Test
    void theSendersExternalIdIdentifiesTheSubmission() {
        assertThat(SourceRef.of("hs-42", bytes("{}"))).isEqualTo("hs-42");
    }

    @Test
    void withoutAnExternalIdTheBodyHashIdentifiesTheSubmission() {
        assertThat(SourceRef.of(null, bytes("abc")))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void acceptingASubmissionMintsALeadAndKeepsTheRawBody() {
        byte[] body = bytes("{\"email\":\"jo.bloggs@acme.com.au\"}");
        var first = LeadReceipt.accept(ACME, LeadSource.WEBHOOK, from("jo.bloggs@acme.com.au"), body, "secret:x", NOW);
        var second = LeadReceipt.accept(ACME, LeadSource.WEBHOOK, from("jo.bloggs@acme.com.au"), body, "secret:x", NOW);
        assertThat(first.leadId()).isNotEqualTo(second.leadId());
        assertThat(first.sourceRef()).isEqualTo(second.sourceRef()).startsWith("sha256:");
        assertThat(first.rawBody()).isEqualTo(body);
        assertThat(first.bodySha256()).isEqualTo(first.sourceRef().substring("sha256:".length()));
    }

    @Test
    void anInvalidSubmissionCannotBeAccepted() {
        assertThatThrownBy(() -> LeadReceipt.accept(ACME, LeadSource.API, from("nope"), bytes("{}"), "user:u", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
