package com.agencyos.outreach.enrollment.domain;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * RFC 5322 Message-IDs for the emails we draft and send: {@code <uuid@domain>}. The id is random rather than the
 * touch id, so a header a prospect can read reveals nothing about our records; it is stored with the touch and
 * is what replies and bounces are matched on.
 */
public final class MessageIds {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");

    private MessageIds() {
    }

    public static String mint(UUID unique, String domain) {
        String normalised = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(normalised).matches()) {
            throw new IllegalArgumentException("'" + domain + "' is not a domain a Message-ID can use");
        }
        return "<" + unique + "@" + normalised + ">";
    }
}
