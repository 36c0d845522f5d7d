package com.agencyos.ingest.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.ingest.support.Sealing;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretsKeyTest {

    static final SecretsKey DOCUMENTED = SecretsKey.parse(Sealing.DOCUMENTED_KEY_HEX);

    @Test
    void opensTheDocumentedTestVectors() {
        assertThat(DOCUMENTED.open(Sealing.DOCUMENTED_WHSEC)).isEqualTo("whsec_test_0001");
        assertThat(DOCUMENTED.open(Sealing.DOCUMENTED_HUBSPOT)).isEqualTo("hs-test-secret-0001");
    }

    @Test
    void theTestSealerReproducesTheDocumentedVector() {
        assertThat(Sealing.seal(Sealing.DOCUMENTED_KEY_HEX, HexFormat.of().parseHex("a1a2a3a4a5a6a7a8a9aaabac"),
                "whsec_test_0001")).isEqualTo(Sealing.DOCUMENTED_WHSEC);
    }

    @Test
    void readsTheKeyAsBase64AsTheLocalStackGeneratesIt() {
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Sealing.DOCUMENTED_KEY_HEX));
        assertThat(SecretsKey.parse(base64).open(Sealing.DOCUMENTED_WHSEC)).isEqualTo("whsec_test_0001");
    }

    @Test
    void aValueSealedUnderAnotherKeyDoesNotOpen() {
        String otherKey = "ff".repeat(32);
        assertThatThrownBy(() -> DOCUMENTED.open(Sealing.seal(otherKey, "whsec_other")))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void anAlteredSealedValueDoesNotOpen() {
        byte[] sealed = Base64.getDecoder().decode(Sealing.DOCUMENTED_WHSEC);
        sealed[14] ^= 1;
        assertThatThrownBy(() -> DOCUMENTED.open(Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void garbageDoesNotOpen() {
        assertThatThrownBy(() -> DOCUMENTED.open("not base64!")).isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> DOCUMENTED.open("AAAA")).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void refusesKeysThatAreNotAes256WithoutRepeatingThem() {
        assertThatThrownBy(() -> SecretsKey.parse("0011")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("0011");
        assertThatThrownBy(() -> SecretsKey.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretsKey.parse("%%%")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DOCUMENTED.toString()).doesNotContain("0001020304");
    }
}
