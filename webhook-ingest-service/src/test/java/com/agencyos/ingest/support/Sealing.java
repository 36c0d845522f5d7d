package com.agencyos.ingest.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Seals secrets the way tenant-service does, for tests that publish {@code tenant.secrets}. */
public final class Sealing {

    /** The documentation key of docs/events/README.md, never deployed. */
    public static final String DOCUMENTED_KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    /** {@code whsec_test_0001} sealed under the documented key with nonce {@code a1a2…ac}. */
    public static final String DOCUMENTED_WHSEC = "oaKjpKWmp6ipqqusUYf0CpcKSgr9Cu1AZPL9N9symlA2dFxpaMt7Y3/BYQ==";
    /** {@code hs-test-secret-0001} sealed under the documented key with nonce {@code b1b2…bc}. */
    public static final String DOCUMENTED_HUBSPOT = "sbKztLW2t7i5uru8C9XJXJjnUsr+o6jfChC1yKn08xgNYRPSRUVGGlp8MQ04cgs=";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealing() {
    }

    public static String seal(String keyHex, String plaintext) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        return seal(keyHex, nonce, plaintext);
    }

    public static String seal(String keyHex, byte[] nonce, String plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HexFormat.of().parseHex(keyHex), "AES"),
                    new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
