package com.agencyos.analytics.lead.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a list sorted by last activity, newest first: the next page starts after this lead. Clients see it
 * only as an opaque string.
 */
public record LeadCursor(Instant lastEventAt, UUID leadId) {

    private static final String VERSION = "1";

    public static LeadCursor after(LeadView lead) {
        return new LeadCursor(lead.lastEventAt(), lead.leadId());
    }

    public String encode() {
        String plain = VERSION + "|" + lastEventAt + "|" + leadId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API returned; anything else is refused. */
    public static LeadCursor decode(String opaque) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("Unknown cursor format");
            }
            return new LeadCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a cursor this API returned", e);
        }
    }
}
