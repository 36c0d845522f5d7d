package com.agencyos.ingest.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * HTTP basic credentials against a tenant's {@code postmark_basic} secrets ({@code user:password}). Postmark does
 * not sign webhooks; the credentials in the URL configured at Postmark are the authentication.
 */
public final class BasicCredentials {

    private BasicCredentials() {
    }

    public static Verification verify(String authorization, List<SigningSecret> secrets) {
        if (secrets.isEmpty()) {
            return Verification.rejected(Verification.Reason.NOT_CONFIGURED);
        }
        if (authorization == null || authorization.isBlank()) {
            return Verification.rejected(Verification.Reason.MISSING);
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        for (SigningSecret secret : secrets) {
            if (MessageDigest.isEqual(secret.secret().getBytes(StandardCharsets.UTF_8), presented)) {
                return new Verification.Verified(secret.secretId());
            }
        }
        return Verification.rejected(Verification.Reason.MISMATCH);
    }

    public static String header(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }
}
