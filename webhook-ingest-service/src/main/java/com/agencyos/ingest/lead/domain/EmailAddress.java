package com.agencyos.ingest.lead.domain;

import java.util.regex.Pattern;

/**
 * The address syntax intake accepts: a practical subset of RFC 5321 (dot-atom local part, a host name with a
 * top-level domain). Quoted local parts and address literals are legal but only ever seen in spam, and the
 * mailboxes we send from would refuse them anyway.
 */
public final class EmailAddress {

    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_LENGTH || at == address.length() - 1) {
            return false;
        }
        String local = address.substring(0, at);
        String[] labels = address.substring(at + 1).split("\\.", -1);
        if (!LOCAL.matcher(local).matches() || labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
