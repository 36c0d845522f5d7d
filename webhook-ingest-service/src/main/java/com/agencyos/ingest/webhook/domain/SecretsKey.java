package com.agencyos.ingest.webhook.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform key {@code AGENCYOS_SECRETS_KEY} that seals tenant secrets on {@code tenant.secrets}: a sealed
 * value is {@code base64(12-byte nonce ‖ AES-256-GCM ciphertext ‖ 16-byte tag)}, no associated data, the
 * plaintext being the secret's UTF-8 bytes (docs/events/README.md, "Sealed secrets").
 */
public final class SecretsKey {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private final byte[] key;

    private SecretsKey(byte[] key) {
        this.key = key;
    }

    /**
     * Reads the key as 64 hex digits or as base64 of 32 bytes (what {@code ./agency-os up} generates).
     *
     * @throws IllegalArgumentException without repeating the value, which is secret
     */
    public static SecretsKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("AGENCYOS_SECRETS_KEY is empty");
        }
        String value = text.strip();
        byte[] bytes;
        if (value.matches("[0-9a-fA-F]{64}")) {
            bytes = HexFormat.of().parseHex(value);
        } else {
            try {
                bytes = Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("AGENCYOS_SECRETS_KEY is neither 64 hex digits nor base64");
            }
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("AGENCYOS_SECRETS_KEY must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new SecretsKey(bytes);
    }

    /** The secret in clear. */
    public String open(String sealed) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("the sealed value is not base64");
        }
        if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("the sealed value is too short to hold a nonce, a secret and a tag");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(plain)).toString();
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException("the sealed value does not open under this key (another key, or altered)", e);
        } catch (CharacterCodingException e) {
            throw new UnreadableSecretException("the opened secret is not UTF-8", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SecretsKey[redacted]";
    }
}
