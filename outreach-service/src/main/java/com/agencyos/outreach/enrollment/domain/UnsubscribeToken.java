package com.agencyos.outreach.enrollment.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an unsubscribe link ({@code /u/{token}}): who may stop our emails without logging in. It is opaque to the
 * recipient (base64url of a version byte, the tenant, the lead, the address, and an HMAC-SHA256 over them, cut to 128
 * bits) and cannot be forged or altered without the key, so a link unsubscribes only the recipient it was made for.
 * The same recipient always gets the same token, so a link in an old email keeps working.
 */
public final class UnsubscribeToken {

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final int MAX_ADDRESS_BYTES = 320;
    private static final int FIXED = 1 + 16 + 16;

    private final SecretKeySpec key;

    public UnsubscribeToken(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the unsubscribe key needs at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Who a valid token names. */
    public record Recipient(UUID tenantId, UUID leadId, String email) {

        public Recipient {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(email, "email");
        }
    }

    public String mint(Recipient recipient) {
        byte[] address = recipient.email().getBytes(StandardCharsets.UTF_8);
        if (address.length > MAX_ADDRESS_BYTES) {
            throw new IllegalArgumentException("an address of " + address.length + " bytes is too long");
        }
        ByteBuffer payload = ByteBuffer.allocate(FIXED + address.length)
                .put(VERSION)
                .putLong(recipient.tenantId().getMostSignificantBits()).putLong(recipient.tenantId().getLeastSignificantBits())
                .putLong(recipient.leadId().getMostSignificantBits()).putLong(recipient.leadId().getLeastSignificantBits())
                .put(address);
        byte[] signed = Arrays.copyOf(payload.array(), payload.capacity() + MAC_BYTES);
        System.arraycopy(mac(payload.array()), 0, signed, payload.capacity(), MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** The recipient a token names, or empty when it is malformed, of another version, or not signed with our key. */
    public Optional<Recipient> verify(String token) {
        if (token == null || token.length() > 2 * (FIXED + MAX_ADDRESS_BYTES + MAC_BYTES)) {
            return Optional.empty();
        }
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (signed.length <= FIXED + MAC_BYTES || signed[0] != VERSION) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(signed, signed.length - MAC_BYTES);
        byte[] given = Arrays.copyOfRange(signed, payload.length, signed.length);
        if (!MessageDigest.isEqual(Arrays.copyOf(mac(payload), MAC_BYTES), given)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(payload, 1, payload.length - 1);
        UUID tenant = new UUID(in.getLong(), in.getLong());
        UUID lead = new UUID(in.getLong(), in.getLong());
        return Optional.of(new Recipient(tenant, lead, new String(payload, FIXED, payload.length - FIXED, StandardCharsets.UTF_8)));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
