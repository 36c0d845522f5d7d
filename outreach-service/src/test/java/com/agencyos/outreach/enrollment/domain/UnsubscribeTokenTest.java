package com.agencyos.outreach.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    static final UnsubscribeToken TOKENS = new UnsubscribeToken("a-test-key-of-enough-length");
    static final Recipient JO = new Recipient(ScoredLeads.ACME, UUID.fromString("3f0c8f4e-9a51-4c1b-8f6e-1d2c3b4a5e01"),
            "jo.bloggs@acme.com.au");

    @Test
    void aMintedTokenNamesItsRecipientAndIsTheSameEachTime() {
        String token = TOKENS.mint(JO);

        assertThat(TOKENS.verify(token)).hasValue(JO);
        assertThat(TOKENS.mint(JO)).isEqualTo(token);
        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("acme");
    }

    @Test
    void aTokenWithAnyByteChangedOrSignedWithAnotherKeyIsRefused() {
        byte[] signed = Base64.getUrlDecoder().decode(TOKENS.mint(JO));
        for (int i = 0; i < signed.length; i++) {
            byte[] altered = signed.clone();
            altered[i] ^= 1;
            assertThat(TOKENS.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(altered))).as("byte " + i).isEmpty();
        }
        assertThat(new UnsubscribeToken("another-key-of-enough-length").verify(TOKENS.mint(JO))).isEmpty();
    }

    @Test
    void malformedTokensAreRefusedWithoutAnError() {
        for (String bad : new String[] {"", "x", "not base64!", "AAAA", "A".repeat(5000)}) {
            assertThat(TOKENS.verify(bad)).as(bad).isEmpty();
        }
        assertThat(TOKENS.verify(null)).isEmpty();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new UnsubscribeToken("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
