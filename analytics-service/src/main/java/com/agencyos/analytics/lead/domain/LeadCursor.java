package com.agencyos.analytics.lead.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a sorted lead list: the next page starts after this lead. Clients see it only as an opaque string,
 * and it is only valid for the sort it was made for.
 *
 * @param key the sort key of the last lead shown: an instant for time sorts, a number for score sorts
 */
public record LeadCursor(LeadSort sort, String key, UUID leadId) {

    private static final String VERSION = "2";
    private static final String FIRST_VERSION = "1";

    public LeadCursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(leadId, "leadId");
    }

    /** A position in the default order, most recent activity first. */
    public LeadCursor(Instant lastEventAt, UUID leadId) {
        this(LeadSort.LAST_ACTIVITY_DESC, lastEventAt.toString(), leadId);
    }

    public static LeadCursor after(LeadView lead, LeadSort sort) {
        return new LeadCursor(sort, sort.keyOf(lead), lead.leadId());
    }

    /** The key as an instant, for time sorts. */
    public Instant instantKey() {
        return Instant.parse(key);
    }

    /** The key as a number, for score sorts. */
    public double numberKey() {
        return Double.parseDouble(key);
    }

    public String encode() {
        String plain = VERSION + "|" + sort.parameter() + "|" + key + "|" + leadId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API returned (including those of the first version); anything else is refused. */
    public static LeadCursor decode(String opaque) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8).split("\\|", -1);
            LeadCursor cursor;
            if (parts.length == 3 && FIRST_VERSION.equals(parts[0])) {
                cursor = new LeadCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
            } else if (parts.length == 4 && VERSION.equals(parts[0]) && LeadSort.named(parts[1]) != null) {
                cursor = new LeadCursor(LeadSort.named(parts[1]), parts[2], UUID.fromString(parts[3]));
            } else {
                throw new IllegalArgumentException("Unknown cursor format");
            }
            cursor.checkKey();
            return cursor;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a cursor this API returned", e);
        }
    }

    private void checkKey() {
        if (sort.key() == LeadSort.Key.SCORE) {
            numberKey();
        } else {
            instantKey();
        }
    }
}
