package com.agencyos.tenant.secret.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretSealerTest {

    /** The documentation key of docs/events/README.md ("Sealed secrets"); never deployed. */
    static final byte[] DOCUMENTED_KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    final SecretSealer sealer = new SecretSealer(DOCUMENTED_KEY);

    @Test
    void sealsTheDocumentedAgencyOsSecretVectorExactly() {
        byte[] nonce = HexFormat.of().parseHex("a1a2a3a4a5a6a7a8a9aaabac");
        assertThat(sealer.seal(nonce, "whsec_test_0001", new byte[0]))
                .isEqualTo("oaKjpKWmp6ipqqusUYf0CpcKSgr9Cu1AZPL9N9symlA2dFxpaMt7Y3/BYQ==");
    }

    @Test
    void sealsTheDocumentedHubspotSecretVectorExactly() {
        byte[] nonce = HexFormat.of().parseHex("b1b2b3b4b5b6b7b8b9babbbc");
        assertThat(sealer.seal(nonce, "hs-test-secret-0001", new byte[0]))
                .isEqualTo("sbKztLW2t7i5uru8C9XJXJjnUsr+o6jfChC1yKn08xgNYRPSRUVGGlp8MQ04cgs=");
    }

    @Test
    void opensTheDocumentedVectorsAsWebhookIngestWill() {
        assertThat(sealer.open("oaKjpKWmp6ipqqusUYf0CpcKSgr9Cu1AZPL9N9symlA2dFxpaMt7Y3/BYQ==")).isEqualTo("whsec_test_0001");
        assertThat(sealer.open("sbKztLW2t7i5uru8C9XJXJjnUsr+o6jfChC1yKn08xgNYRPSRUVGGlp8MQ04cgs="))
                .isEqualTo("hs-test-secret-0001");
    }

    @Test
    void sealingTwiceUsesFreshNoncesAndBothOpen() {
        String first = sealer.seal("whsec_same");
        String second = sealer.seal("whsec_same");

        assertThat(first).isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + "whsec_same".length() + 16);
        assertThat(sealer.open(first)).isEqualTo("whsec_same");
        assertThat(sealer.open(second)).isEqualTo("whsec_same");
    }

    @Test
    void aValueSealedWithAssociatedDataOpensOnlyInThatContext() {
        byte[] acme = "agencyos:webhook-secret:acme:1".getBytes(StandardCharsets.UTF_8);
        byte[] globex = "agencyos:webhook-secret:globex:1".getBytes(StandardCharsets.UTF_8);
        String sealed = sealer.seal("whsec_bound", acme);

        assertThat(sealer.open(sealed, acme)).isEqualTo("whsec_bound");
        assertThatThrownBy(() -> sealer.open(sealed, globex)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sealer.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAlteredSealedValueDoesNotOpen() {
        byte[] bytes = Base64.getDecoder().decode(sealer.seal("whsec_tamper"));
        bytes[14] ^= 1;

        assertThatThrownBy(() -> sealer.open(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("whsec_tamper");
    }

    @Test
    void aValueSealedUnderAnotherKeyDoesNotOpen() {
        byte[] otherKey = DOCUMENTED_KEY.clone();
        otherKey[0] = 42;
        String sealed = new SecretSealer(otherKey).seal("whsec_other");

        assertThatThrownBy(() -> sealer.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesKeysThatAreNot256BitsWithoutRepeatingThem() {
        assertThatThrownBy(() -> new SecretSealer(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretSealer.fromBase64Key("c2hvcnQta2V5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("c2hvcnQta2V5");
        assertThatThrownBy(() -> SecretSealer.fromBase64Key("not base64 at all!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not base64 at all");
    }

    @Test
    void aBase64KeyOfThirtyTwoBytesWorks() {
        SecretSealer fromBase64 = SecretSealer.fromBase64Key(Base64.getEncoder().encodeToString(DOCUMENTED_KEY));
        assertThat(fromBase64.open("oaKjpKWmp6ipqqusUYf0CpcKSgr9Cu1AZPL9N9symlA2dFxpaMt7Y3/BYQ==")).isEqualTo("whsec_test_0001");
    }
}
