package com.agencyos.outreach.enrollment.adapter.mail;

import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.enrollment.application.Mailer;
import com.agencyos.outreach.enrollment.domain.OutgoingEmail;
import com.agencyos.outreach.sending.domain.SmtpSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * SMTP through Jakarta Mail (Angus). Timeouts are bounded so that a hand-off always ends well before the scheduler's
 * recovery treats a {@code sending} touch as interrupted. With an SMTP relay configured ({@code SMTP_HOST}/{@code
 * SMTP_PORT}) every mailbox's mail goes to the relay. No password is sent yet: it is to come from the tenant's secrets.
 */
@Component
class JakartaMailer implements Mailer {

    static final String TIMEOUT_MILLIS = "30000";

    private final OutreachProperties.SmtpRelay relay;

    JakartaMailer(OutreachProperties properties) {
        this.relay = properties.smtpRelay();
    }

    @Override
    public Mono<Void> send(OutgoingEmail email, SmtpSettings smtp) {
        return Mono.<Void>fromCallable(() -> {
            Transport.send(message(email, session(through(smtp, relay))));
            return null;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** The mailbox's own server, or the relay when one is configured (without the mailbox's login: the relay takes none). */
    static SmtpSettings through(SmtpSettings mailbox, OutreachProperties.SmtpRelay relay) {
        return relay != null && relay.isSet() ? new SmtpSettings(relay.host().strip(), relay.port(), null, relay.startTls()) : mailbox;
    }

    static Session session(SmtpSettings smtp) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return Session.getInstance(properties);
    }

    static MimeMessage message(OutgoingEmail email, Session session) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        message.setFrom(new InternetAddress(email.fromAddress(), email.fromName(), StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to()));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (email.inReplyTo() != null) {
            message.setHeader("In-Reply-To", email.inReplyTo());
            message.setHeader("References", email.references());
        }
        message.setHeader("List-Unsubscribe", email.listUnsubscribe());
        message.setHeader("List-Unsubscribe-Post", OutgoingEmail.LIST_UNSUBSCRIBE_POST);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** Keeps the Message-ID we minted and recorded: Jakarta Mail would otherwise make its own on save. */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
