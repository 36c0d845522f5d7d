package com.agencyos.outreach.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param messageIdDomain the right-hand side of the RFC 5322 Message-IDs this service mints; it must be a domain
 *     we control so that replies and bounces can be matched back to the touch
 * @param assumedMaxActiveCampaigns the active-campaign limit of a tenant whose {@code tenant.changed} has not
 *     arrived yet: the smallest tier's (ignition, 5)
 * @param emailPerDomainDailyLimit emails per day per sending domain, across all the tenant's mailboxes on it
 * @param scheduler how the durable scheduler polls for due touches
 * @param unsubscribeKey the HMAC key that signs unsubscribe links; the default is for local use only, and changing it
 *     breaks the links in emails already sent
 * @param publicBaseUrl where recipients reach this platform ({@code /u/**} is routed to this service by the gateway)
 * @param smtpRelay when its host is set ({@code SMTP_HOST}), every mailbox's mail is handed to this relay instead of the
 *     mailbox's own SMTP server: the local stack's sink, or a relay in front of the providers
 */
@ConfigurationProperties("agencyos.outreach")
public record OutreachProperties(@DefaultValue("outreach.agencyos.local") String messageIdDomain,
        @DefaultValue("5") int assumedMaxActiveCampaigns, @DefaultValue("50") int emailPerDomainDailyLimit,
        @DefaultValue Scheduler scheduler, @DefaultValue("local-dev-unsubscribe-key-not-for-production") String unsubscribeKey,
        @DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue SmtpRelay smtpRelay) {

    /**
     * @param host the relay's host; blank: no relay, each mailbox's own SMTP settings are used
     * @param port the relay's port ({@code SMTP_PORT})
     * @param startTls whether to upgrade the connection to the relay with STARTTLS
     */
    public record SmtpRelay(@DefaultValue("") String host, @DefaultValue("25") int port, @DefaultValue("false") boolean startTls) {

        public boolean isSet() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * @param enabled whether this instance runs the scheduler (several instances may: due rows are claimed with
     *     {@code FOR UPDATE SKIP LOCKED})
     * @param pollInterval the pause between polls when the last found nothing due
     * @param batchSize due touches worked per poll and worker, one transaction each
     * @param workers concurrent workers per instance; they never take the same row
     * @param recoverSendingAfter how long a touch may stay {@code sending} before it is taken for interrupted (marked
     *     {@code unknown}, never resent); far above the SMTP timeouts, so a live hand-off is never taken
     */
    public record Scheduler(@DefaultValue("true") boolean enabled, @DefaultValue("250ms") Duration pollInterval,
            @DefaultValue("50") int batchSize, @DefaultValue("4") int workers, @DefaultValue("5m") Duration recoverSendingAfter) {
    }
}
