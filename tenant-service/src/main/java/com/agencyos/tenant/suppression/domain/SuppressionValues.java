package com.agencyos.tenant.suppression.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises values so one address, domain or number is always stored, matched and published the same way: emails
 * and domains lower-cased, a domain without scheme, path, port or {@code www.}, a phone trimmed.
 */
public final class SuppressionValues {

    public static final int MAX_REASON_LENGTH = 500;

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    // The contract publishes E.164 numbers; converting national formats to it is later work, so only E.164 is accepted.
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private SuppressionValues() {
    }

    /** @throws InvalidSuppressionException naming {@code value} when it is empty or not valid for its kind */
    public static String normalise(SuppressionKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidSuppressionException("value", "is required");
        }
        String value = raw.strip();
        return switch (kind) {
            case email -> email(value);
            case domain -> domain(value);
            case phone -> phone(value);
        };
    }

    public static String email(String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        if (at <= 0 || at > 64 || !LOCAL_PART.matcher(value.substring(0, at)).matches()
                || !isHostname(value.substring(at + 1))) {
            throw new InvalidSuppressionException("value", "is not a valid email address");
        }
        return value;
    }

    public static String domain(String raw) {
        String value = SCHEME.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        int end = indexOfAny(value, "/?#");
        value = end < 0 ? value : value.substring(0, end);
        int colon = value.indexOf(':');
        value = colon < 0 ? value : value.substring(0, colon);
        value = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        value = value.startsWith("www.") ? value.substring(4) : value;
        if (!isHostname(value)) {
            throw new InvalidSuppressionException("value", "is not a valid domain");
        }
        return value;
    }

    public static String phone(String raw) {
        String value = raw.strip();
        if (!E164.matcher(value).matches()) {
            throw new InvalidSuppressionException("value", "must be an E.164 phone number such as +61412345678");
        }
        return value;
    }

    /** @return the reason stripped, or the source's name when none was given */
    public static String reason(String raw, SuppressionSource source) {
        if (raw == null || raw.isBlank()) {
            return source.wire();
        }
        String reason = raw.strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidSuppressionException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        return reason;
    }

    /**
     * The domains that suppress an address: its own and each parent with at least two labels, so an entry for
     * {@code acme.com} also covers {@code jo@mail.acme.com}.
     */
    public static List<String> domainsCovering(String normalisedEmail) {
        String domain = normalisedEmail.substring(normalisedEmail.lastIndexOf('@') + 1);
        List<String> domains = new ArrayList<>();
        String candidate = domain.startsWith("www.") ? domain.substring(4) : domain;
        while (candidate.indexOf('.') > 0) {
            domains.add(candidate);
            candidate = candidate.substring(candidate.indexOf('.') + 1);
        }
        return domains;
    }

    private static boolean isHostname(String value) {
        if (value.isEmpty() || value.length() > 253) {
            return false;
        }
        String[] labels = value.split("\\.", -1);
        if (labels.length < 2 || !labels[labels.length - 1].matches("[a-z]{2,63}|xn--[a-z0-9-]{1,59}")) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String value, String chars) {
        for (int i = 0; i < value.length(); i++) {
            if (chars.indexOf(value.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
