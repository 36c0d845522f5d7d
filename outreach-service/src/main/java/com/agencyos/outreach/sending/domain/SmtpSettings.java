package com.agencyos.outreach.sending.domain;

/**
 * Where a mailbox hands its mail over. The password is not kept here: it comes from the tenant's secrets.
 *
 * @param startTls whether to upgrade the connection with STARTTLS (required by every real provider)
 */
public record SmtpSettings(String host, int port, String username, boolean startTls) {
}
