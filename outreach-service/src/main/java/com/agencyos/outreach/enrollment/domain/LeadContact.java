package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How to reach a lead on the channels other than email, from the latest {@code lead.enriched} of the lead: its phone
 * (E.164 when enrichment could parse it) for SMS and voice, its LinkedIn profile for LinkedIn. No postal address of the
 * person arrives yet, so direct mail always lacks one.
 */
public record LeadContact(UUID tenantId, UUID leadId, String phone, String linkedinUrl, Instant enrichedAt) {

    public LeadContact {
        phone = blankToNull(phone);
        linkedinUrl = blankToNull(linkedinUrl);
    }

    /** A lead nothing is known of beyond its email. */
    public static LeadContact none(UUID tenantId, UUID leadId) {
        return new LeadContact(tenantId, leadId, null, null, null);
    }

    /** The recipient on a channel other than email: a phone number, a profile URL; empty when the lead has none. */
    public Optional<String> addressOn(Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case SMS, VOICE -> phone;
            case LINKEDIN -> linkedinUrl;
            case MAIL, EMAIL -> null;
        });
    }

    /** Why a step on the channel cannot reach the lead. */
    public static String missing(Channel channel) {
        return switch (channel) {
            case SMS, VOICE -> "No phone number for this lead (from lead.enriched)";
            case LINKEDIN -> "No LinkedIn profile for this lead (from lead.enriched)";
            case MAIL -> "No postal address for this lead";
            case EMAIL -> "No email address for this lead";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
