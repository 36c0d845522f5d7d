package com.agencyos.localstack.demo;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs bodies for our own lead webhook: {@code X-AgencyOS-Signature: t=<unix seconds>,v1=<hex>} with
 * {@code v1 = hex(HMAC-SHA256(secret, t + "." + body))}.
 */
public final class WebhookSigner {

    public static final String HEADER = "X-AgencyOS-Signature";

    private final byte[] secret;

    public WebhookSigner(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String header(long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + v1(unixSeconds, body);
    }

    public String v1(long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
