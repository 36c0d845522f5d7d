package com.agencyos.ingest.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's request signatures, keyed with the app's client secret ({@code hubspot_app}).
 *
 * <ul>
 *   <li>v3: {@code X-HubSpot-Signature-v3 = base64(HMAC-SHA256(secret, method + uri + body + timestamp))} with
 *       {@code X-HubSpot-Request-Timestamp} in milliseconds; the timestamp is signed, so it bounds replays.</li>
 *   <li>v1 and v2 (older apps, {@code X-HubSpot-Signature} with {@code X-HubSpot-Signature-Version}):
 *       {@code hex(SHA-256(secret + body))} and {@code hex(SHA-256(secret + method + uri + body))}. They carry no
 *       timestamp; a replayed submission is still harmless because intake deduplicates it.</li>
 * </ul>
 * v3 wins when both are present: a sender that can sign v3 gains nothing by also sending a weaker scheme.
 */
public final class HubSpotSignature {

    public static final String V3_HEADER = "X-HubSpot-Signature-v3";
    public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
    public static final String LEGACY_HEADER = "X-HubSpot-Signature";
    public static final String VERSION_HEADER = "X-HubSpot-Signature-Version";

    private static final HexFormat HEX = HexFormat.of();

    /** What was signed and what the sender claims; headers are null when absent. */
    public record SignedRequest(String method, String uri, byte[] body, String v3, String timestampMillis,
            String legacy, String legacyVersion) {
    }

    private HubSpotSignature() {
    }

    public static Verification verify(SignedRequest request, List<SigningSecret> secrets, Instant now,
            Duration tolerance) {
        if (secrets.isEmpty()) {
            return Verification.rejected(Verification.Reason.NOT_CONFIGURED);
        }
        if (present(request.v3())) {
            return verifyV3(request, secrets, now, tolerance);
        }
        if (present(request.legacy())) {
            return verifyLegacy(request, secrets);
        }
        return Verification.rejected(Verification.Reason.MISSING);
    }

    private static Verification verifyV3(SignedRequest request, List<SigningSecret> secrets, Instant now,
            Duration tolerance) {
        String timestamp = request.timestampMillis() == null ? "" : request.timestampMillis().strip();
        if (!timestamp.matches("[0-9]{1,15}")) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(request.v3().strip());
        } catch (IllegalArgumentException e) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        if (Math.abs(now.toEpochMilli() - Long.parseLong(timestamp)) > tolerance.toMillis()) {
            return Verification.rejected(Verification.Reason.STALE);
        }
        for (SigningSecret secret : secrets) {
            if (MessageDigest.isEqual(v3Bytes(secret.secret(), request.method(), request.uri(), request.body(), timestamp),
                    claimed)) {
                return new Verification.Verified(secret.secretId());
            }
        }
        return Verification.rejected(Verification.Reason.MISMATCH);
    }

    private static Verification verifyLegacy(SignedRequest request, List<SigningSecret> secrets) {
        String version = request.legacyVersion() == null ? "v1" : request.legacyVersion().strip().toLowerCase();
        String claimedHex = request.legacy().strip();
        if (!(version.equals("v1") || version.equals("v2")) || !claimedHex.matches("[0-9a-fA-F]{64}")) {
            return Verification.rejected(Verification.Reason.MALFORMED);
        }
        byte[] claimed = HEX.parseHex(claimedHex);
        for (SigningSecret secret : secrets) {
            String expected = version.equals("v1") ? v1(secret.secret(), request.body())
                    : v2(secret.secret(), request.method(), request.uri(), request.body());
            if (MessageDigest.isEqual(HEX.parseHex(expected), claimed)) {
                return new Verification.Verified(secret.secretId());
            }
        }
        return Verification.rejected(Verification.Reason.MISMATCH);
    }

    public static String v3(String secret, String method, String uri, byte[] body, String timestampMillis) {
        return Base64.getEncoder().encodeToString(v3Bytes(secret, method, uri, body, timestampMillis));
    }

    public static String v1(String secret, byte[] body) {
        return sha256Hex(concat(utf8(secret), body));
    }

    public static String v2(String secret, String method, String uri, byte[] body) {
        return sha256Hex(concat(utf8(secret + method + uri), body));
    }

    private static byte[] v3Bytes(String secret, String method, String uri, byte[] body, String timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(utf8(secret), "HmacSHA256"));
            mac.update(utf8(method + uri));
            mac.update(body);
            return mac.doFinal(utf8(timestampMillis));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }
}
