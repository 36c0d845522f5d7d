package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.OutgoingEmail;
import com.agencyos.outreach.sending.domain.SmtpSettings;
import reactor.core.publisher.Mono;

/** Hands emails to an SMTP server. */
public interface Mailer {

    /** Completes once the server accepted the message; errors when it was refused or could not be reached. */
    Mono<Void> send(OutgoingEmail email, SmtpSettings smtp);
}
