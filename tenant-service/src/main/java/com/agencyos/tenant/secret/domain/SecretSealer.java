package com.agencyos.tenant.secret.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of secrets in the format {@code docs/events/README.md} fixes for {@code tenant.secrets}:
 * {@code base64(12-byte nonce ‖ ciphertext ‖ 16-byte tag)}, standard alphabet, padded, the plaintext being the
 * secret's UTF-8 bytes. Without associated data it is exactly the wire format webhook-ingest-service opens; with
 * associated data (used at rest) a sealed value only opens in the context it was sealed for.
 *
 * <p>Every seal draws a fresh random nonce: GCM is broken by a nonce used twice under one key.
 */
public final class SecretSealer {

    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte[] NO_ASSOCIATED_DATA = new byte[0];

    private final SecretKeySpec key;
    private final SecureRandom random;

    public SecretSealer(byte[] key) {
        this(key, new SecureRandom());
    }

    SecretSealer(byte[] key, SecureRandom random) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secrets key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    /** A sealer for a base64 key; the error never repeats the key, which would put it in a log. */
    public static SecretSealer fromBase64Key(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The secrets key is not valid base64");
        }
        try {
            return new SecretSealer(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Seals for {@code tenant.secrets}: no associated data. */
    public String seal(String plaintext) {
        return seal(plaintext, NO_ASSOCIATED_DATA);
    }

    public String seal(String plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return seal(nonce, plaintext, associatedData);
    }

    String seal(byte[] nonce, String plaintext, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public String open(String sealed) {
        return open(sealed, NO_ASSOCIATED_DATA);
    }

    /**
     * @throws IllegalArgumentException when the value was not sealed under this key and associated data, or was
     *     altered
     */
    public String open(String sealed, byte[] associatedData) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Sealed value is not base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Sealed value is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("Sealed value does not open under this key and context");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }
}
