package com.agencyos.tenant.member.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A validated request to add a person to a tenant. Names are required because the realm's user profile requires
 * them of every user; the characters Keycloak refuses in a person's name are refused here first, so a bad name
 * is a 400 for the client and not an error from the identity provider.
 */
public record Invitation(String email, MemberRole role, String firstName, String lastName) {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    private static final Pattern PROHIBITED_IN_NAME = Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]");

    /**
     * @throws InvalidMemberException with one message per bad field
     */
    public static Invitation of(String email, String role, String firstName, String lastName) {
        Map<String, String> errors = new LinkedHashMap<>();
        String normalisedEmail = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (normalisedEmail.isEmpty() || normalisedEmail.length() > MAX_EMAIL || !EMAIL.matcher(normalisedEmail).matches()) {
            errors.put("email", "must be an email address");
        }
        MemberRole parsed = MemberRole.parse(role).orElse(null);
        if (parsed == null) {
            errors.put("role", "must be one of owner, admin, member, viewer");
        }
        String first = name(firstName, "firstName", errors);
        String last = name(lastName, "lastName", errors);
        if (!errors.isEmpty()) {
            throw new InvalidMemberException(errors);
        }
        return new Invitation(normalisedEmail, parsed, first, last);
    }

    private static String name(String value, String field, Map<String, String> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            errors.put(field, "is required");
        } else if (trimmed.length() > MAX_NAME) {
            errors.put(field, "must be at most " + MAX_NAME + " characters");
        } else if (PROHIBITED_IN_NAME.matcher(trimmed).find()) {
            errors.put(field, "contains a character not allowed in a name");
        }
        return trimmed;
    }
}
