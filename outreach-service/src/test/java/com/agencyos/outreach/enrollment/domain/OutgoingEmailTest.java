package com.agencyos.outreach.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutgoingEmailTest {

    static final String FIRST = "<11111111-1111-4111-8111-111111111111@mail.acme.com.au>";
    static final String SECOND = "<22222222-2222-4222-8222-222222222222@mail.acme.com.au>";
    static final String THIRD = "<33333333-3333-4333-8333-333333333333@mail.acme.com.au>";
    static final String LINK = "https://app.example/u/abc";

    static Touch touch(String messageId, String inReplyTo, String body) {
        return new Touch(UUID.randomUUID(), ScoredLeads.ACME, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, null,
                Channel.EMAIL, TouchMode.SENT, UUID.randomUUID(), messageId, inReplyTo, "pat@prospect.example", "Quotes", body,
                Instant.parse("2026-11-24T00:00:00Z"), 0);
    }

    @Test
    void theFirstEmailHasNoThreadHeadersAndBothPartsEndWithSenderPostalAddressAndUnsubscribeLink() {
        OutgoingEmail email = OutgoingEmail.of(touch(FIRST, null, "Hi Pat,\n\nA question <b>now</b>."), null, "Jo Bloggs",
                "jo@mail.acme.com.au", "1 George St, Sydney NSW 2000", LINK);

        assertThat(email.inReplyTo()).isNull();
        assertThat(email.references()).isNull();
        assertThat(email.listUnsubscribe()).isEqualTo("<https://app.example/u/abc>, <mailto:jo@mail.acme.com.au?subject=unsubscribe>");
        assertThat(email.text()).startsWith("Hi Pat,").contains("Jo Bloggs\n1 George St, Sydney NSW 2000\nUnsubscribe: " + LINK);
        assertThat(email.html()).contains("<p>Hi Pat,</p><p>A question &lt;b&gt;now&lt;/b&gt;.</p>", "1 George St, Sydney NSW 2000",
                "<a href=\"" + LINK + "\">Unsubscribe</a>");
    }

    @Test
    void aFollowUpAnswersThePreviousEmailAndReferencesTheThreadFromItsFirst() {
        OutgoingEmail second = OutgoingEmail.of(touch(SECOND, FIRST, "Following up."), FIRST, "Jo", "jo@mail.acme.com.au", "PO Box 1", LINK);
        OutgoingEmail third = OutgoingEmail.of(touch(THIRD, SECOND, "Last one."), FIRST, "Jo", "jo@mail.acme.com.au", "PO Box 1", LINK);

        assertThat(second.inReplyTo()).isEqualTo(FIRST);
        assertThat(second.references()).isEqualTo(FIRST);
        assertThat(third.inReplyTo()).isEqualTo(SECOND);
        assertThat(third.references()).isEqualTo(FIRST + " " + SECOND);
    }
}
