/**
 * Sending resources: the mailboxes, LinkedIn seats and phone numbers a touch goes out through, each with its
 * own daily limits.
 *
 * <p>Walking skeleton: the only resource is each tenant's email <em>draft desk</em>, created on first use. It
 * sends nothing; a touch recorded against it is a draft for a person to send. Real mailboxes, SMTP and provider
 * adapters, warm-up and daily counters arrive with the sending issue, and touches then name the mailbox used.
 */
package com.agencyos.outreach.sending;
