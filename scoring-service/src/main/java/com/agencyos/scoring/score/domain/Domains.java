package com.agencyos.scoring.score.domain;

import java.util.Locale;

/** Reduces what people type for a company domain ("https://www.Acme.com.au/about") to its host. */
final class Domains {

    private Domains() {
    }

    static String host(String domain) {
        if (Words.isBlank(domain)) {
            return "";
        }
        String host = domain.trim().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        host = cutAt(host, '/');
        host = cutAt(host, '?');
        host = cutAt(host, '#');
        host = cutAt(host, ':');
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host;
    }

    /** The same host, or a subdomain of it: {@code mail.rival.com} belongs to {@code rival.com}. */
    static boolean belongsTo(String domain, String owner) {
        String host = host(domain);
        String ownerHost = host(owner);
        if (host.isEmpty() || ownerHost.isEmpty()) {
            return false;
        }
        return host.equals(ownerHost) || host.endsWith("." + ownerHost);
    }

    private static String cutAt(String text, char separator) {
        int index = text.indexOf(separator);
        return index >= 0 ? text.substring(0, index) : text;
    }
}
