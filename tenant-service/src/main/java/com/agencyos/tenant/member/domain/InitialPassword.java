package com.agencyos.tenant.member.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** The password an invited member signs in with first; shown once in the invitation's answer. */
public record InitialPassword(String value) {

    static final int BYTES = 18;

    public static InitialPassword random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new InitialPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return "InitialPassword[<redacted>]";
    }
}
