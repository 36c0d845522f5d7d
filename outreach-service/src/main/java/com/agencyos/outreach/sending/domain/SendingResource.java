package com.agencyos.outreach.sending.domain;

import static com.agencyos.outreach.sending.domain.InvalidResource.require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Something a tenant's touches go out through, on one channel, with a daily limit counted in the resource's own
 * time zone and an optional warm-up ramp.
 *
 * @param address the mailbox's email address, the SMS number (E.164) or the LinkedIn profile URL
 * @param fromName the display name of the sender (mailboxes)
 * @param domain the sending domain (mailboxes): mail is also capped per domain across the tenant's mailboxes
 * @param postalAddress the sender's postal address, printed in every email (Spam Act, CAN-SPAM)
 * @param warmupStartedOn the first day of the warm-up ramp, null when the resource is not warming up
 */
public record SendingResource(UUID id, UUID tenantId, Channel channel, ResourceKind kind, String name, String address,
        String fromName, String domain, SmtpSettings smtp, String postalAddress, int dailyLimit, LocalDate warmupStartedOn,
        ZoneId timeZone, Instant createdAt) {

    public static final int WARMUP_START = 10;
    public static final int WARMUP_STEP = 2;
    public static final int MAX_DAILY_LIMIT = 1_000;
    static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)$");
    static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    static final Pattern LINKEDIN = Pattern.compile("^https://(www\\.)?linkedin\\.com/in/[^/\\s]+/?$");

    public SendingResource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timeZone, "timeZone");
        require(name != null && !name.isBlank() && name.length() <= 120, "name", "must be 1 to 120 characters");
        if (kind != ResourceKind.DRAFT_DESK) {
            require(channel == kind.channel(), "channel", "a " + kind.wireName() + " serves " + kind.channel().wireName());
            require(dailyLimit >= 1 && dailyLimit <= MAX_DAILY_LIMIT, "dailyLimit", "must be between 1 and " + MAX_DAILY_LIMIT);
        }
        switch (kind) {
            case MAILBOX -> {
                require(address != null && EMAIL.matcher(address).matches(), "address", "must be an email address");
                require(fromName != null && !fromName.isBlank() && !fromName.matches(".*[\\r\\n].*"), "fromName",
                        "a mailbox needs a one-line sender name");
                require(postalAddress != null && !postalAddress.isBlank(), "postalAddress",
                        "a mailbox needs the sender's postal address (Spam Act, CAN-SPAM)");
                require(smtp != null && smtp.host() != null && !smtp.host().isBlank() && smtp.port() > 0 && smtp.port() < 65_536,
                        "smtp", "a mailbox needs an SMTP host and port");
                domain = domainOf(address);
            }
            case SMS_NUMBER -> require(address != null && E164.matcher(address).matches(), "address", "must be an E.164 number");
            case LINKEDIN_SEAT -> require(address != null && LINKEDIN.matcher(address).matches(), "address",
                    "must be a LinkedIn profile URL (https://www.linkedin.com/in/...)");
            default -> Objects.requireNonNull(channel, "channel");
        }
    }

    public static SendingResource draftDesk(UUID id, UUID tenantId, Channel channel, Instant now) {
        return new SendingResource(id, tenantId, channel, ResourceKind.DRAFT_DESK,
                "Drafts (" + channel.wireName() + ", sent by a person)", null, null, null, null, null, Integer.MAX_VALUE, null,
                ZoneId.of("UTC"), now);
    }

    public static String domainOf(String emailAddress) {
        return emailAddress.substring(emailAddress.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    public boolean isDraftDesk() {
        return kind == ResourceKind.DRAFT_DESK;
    }

    /** The resource's calendar day at the instant: limits reset at its own midnight. */
    public LocalDate dayAt(Instant instant) {
        return instant.atZone(timeZone).toLocalDate();
    }

    /** Today's limit: the warm-up ramp (10 on its first day, 2 more each day) until it reaches the daily limit. */
    public int limitOn(LocalDate day) {
        if (warmupStartedOn == null) {
            return dailyLimit;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(warmupStartedOn, day));
        return (int) Math.min(dailyLimit, WARMUP_START + WARMUP_STEP * days);
    }
}
