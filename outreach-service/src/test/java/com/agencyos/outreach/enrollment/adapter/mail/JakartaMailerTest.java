package com.agencyos.outreach.enrollment.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.enrollment.domain.OutgoingEmail;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.outreach.enrollment.domain.TouchMode;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.SmtpSettings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JakartaMailerTest {

    static final SmtpSettings MAILBOX = new SmtpSettings("smtp.provider.example", 587, "jo@acme.com.au", true);

    static OutreachProperties relay(String host, int port) {
        return new OutreachProperties("outreach.agencyos.local", 5, 50, null, "key", "http://localhost:8080",
                new OutreachProperties.SmtpRelay(host, port, false));
    }

    @Test
    void withoutARelayEachMailboxUsesItsOwnServerAndWithOneEveryMailboxUsesTheRelayWithoutItsLogin() {
        assertThat(JakartaMailer.through(MAILBOX, relay("", 25).smtpRelay())).isEqualTo(MAILBOX);
        assertThat(JakartaMailer.through(MAILBOX, relay(" localhost ", 3025).smtpRelay()))
                .isEqualTo(new SmtpSettings("localhost", 3025, null, false));
    }

    @Test
    void mailForAMailboxWhoseServerIsUnreachableIsDeliveredThroughTheConfiguredRelay() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GreenMail sink = new GreenMail(ServerSetup.SMTP.dynamicPort());
        sink.start();
        try {
            Touch touch = new Touch(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1,
                    null, Channel.EMAIL, TouchMode.SENT, UUID.randomUUID(), "<" + UUID.randomUUID() + "@mail.acme.com.au>", null,
                    "pat@prospect.example", "Quotes", "Hi Pat", Instant.parse("2026-11-24T00:00:00Z"), 0);
            OutgoingEmail email = OutgoingEmail.of(touch, null, "Jo Bloggs", "jo@mail.acme.com.au", "1 George St, Sydney NSW 2000",
                    "https://app.example/u/abc");

            new JakartaMailer(relay("localhost", sink.getSmtp().getPort()))
                    .send(email, new SmtpSettings("localhost", closedPort, null, false)).block(Duration.ofSeconds(30));

            assertThat(sink.getReceivedMessages()).singleElement()
                    .satisfies(message -> assertThat(message.getHeader("Message-ID")[0]).isEqualTo(touch.messageId()));
        } finally {
            sink.stop();
        }
    }
}
