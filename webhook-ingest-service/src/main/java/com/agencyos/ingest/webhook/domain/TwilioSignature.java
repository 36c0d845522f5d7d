package com.agencyos.ingest.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature = base64(HMAC-SHA1(auth token, full URL + each POST parameter name followed by
 * its value, sorted by name))}, keyed with the tenant's {@code twilio_auth} token. It carries no timestamp; a
 * replayed message is harmless because replies deduplicate on the {@code MessageSid}.
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {
    }

    public static Verification verify(String header, String url, Map<String, List<String>> params, List<SigningSecret> secrets) {
        if (secrets.isEmpty()) {
            return Verification.rejected(Verification.Reason.NOT_CONFIGURED);
        }
        if (header == null || header.isBlank()) {
            return Verification.rejected(Verification.Reason.MISSING);
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        for (SigningSecret secret : secrets) {
            if (MessageDigest.isEqual(mac(secret.secret(), url, params), claimed)) {
                return new Verification.Verified(secret.secretId());
            }
        }
        return Verification.rejected(Verification.Reason.MISMATCH);
    }

    public static String sign(String authToken, String url, Map<String, List<String>> params) {
        return Base64.getEncoder().encodeToString(mac(authToken, url, params));
    }

    private static byte[] mac(String authToken, String url, Map<String, List<String>> params) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> values.forEach(value -> signed.append(name).append(value)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }
}
