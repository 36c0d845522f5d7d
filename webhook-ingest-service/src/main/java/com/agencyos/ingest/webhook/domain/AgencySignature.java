package com.agencyos.ingest.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Our own webhook signature, Stripe style: {@code X-AgencyOS-Signature: t=<unix seconds>,v1=<hex>} where
 * {@code v1 = hex(HMAC-SHA256(secret, t + "." + raw body))}. A sender rotating its secret sends one {@code v1}
 * per secret; any match verifies. The timestamp is signed too, so a captured request cannot be replayed once it
 * is older than the tolerance. Unknown schemes in the header ({@code v0=…}) are ignored, as Stripe's are.
 */
public final class AgencySignature {

    public static final String HEADER = "X-AgencyOS-Signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final int SHA256_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private AgencySignature() {
    }

    public static Verification verify(String header, byte[] body, List<SigningSecret> secrets, Instant now,
            Duration tolerance) {
        if (secrets.isEmpty()) {
            return Verification.rejected(Verification.Reason.NOT_CONFIGURED);
        }
        if (header == null || header.isBlank()) {
            return Verification.rejected(Verification.Reason.MISSING);
        }
        Parsed parsed = parse(header);
        if (parsed == null) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        long age = now.getEpochSecond() - parsed.timestamp();
        if (Math.abs(age) > tolerance.toSeconds()) {
            return Verification.rejected(Verification.Reason.STALE);
        }
        for (SigningSecret secret : secrets) {
            byte[] expected = mac(secret.secret(), parsed.timestamp(), body);
            for (byte[] candidate : parsed.signatures()) {
                if (MessageDigest.isEqual(expected, candidate)) {
                    return new Verification.Verified(secret.secretId());
                }
            }
        }
        return Verification.rejected(Verification.Reason.MISMATCH);
    }

    /** The {@code v1} value a sender computes. */
    public static String v1(String secret, long unixSeconds, byte[] body) {
        return HEX.formatHex(mac(secret, unixSeconds, body));
    }

    private static byte[] mac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private record Parsed(long timestamp, List<byte[]> signatures) {
    }

    /** Null unless the header holds exactly one numeric {@code t} and at least one well-formed {@code v1}. */
    private static Parsed parse(String header) {
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int eq = element.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = element.substring(0, eq).strip();
            String value = element.substring(eq + 1).strip();
            if (name.equals("t")) {
                if (timestamp != null || !value.matches("[0-9]{1,12}")) {
                    return null;
                }
                timestamp = Long.parseLong(value);
            } else if (name.equals("v1") && value.matches("[0-9a-fA-F]{" + SHA256_BYTES * 2 + "}")) {
                signatures.add(HEX.parseHex(value));
            }
        }
        return timestamp == null || signatures.isEmpty() ? null : new Parsed(timestamp, signatures);
    }
}
