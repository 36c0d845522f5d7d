package com.agencyos.playbook.account.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The domain that names a prospect account: a lower-case host name without scheme, path or {@code www.}. */
public record ProspectDomain(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    public ProspectDomain {
        if (value == null || !isHostname(value)) {
            throw new IllegalArgumentException("Not a normalised domain: " + value);
        }
    }

    /** {@code https://www.Acme.com.au/about} and {@code acme.com.au.} both read as {@code acme.com.au}. */
    public static Optional<ProspectDomain> parse(String urlOrDomain) {
        if (urlOrDomain == null || urlOrDomain.isBlank()) {
            return Optional.empty();
        }
        String host = urlOrDomain.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        int end = host.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = host.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        host = host.substring(0, end).replaceFirst("^www\\.", "");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return isHostname(host) ? Optional.of(new ProspectDomain(host)) : Optional.empty();
    }

    private static boolean isHostname(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
