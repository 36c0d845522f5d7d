package com.agencyos.ingest.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.ingest.webhook.domain.Verification.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    static final SigningSecret TOKEN = new SigningSecret(UUID.randomUUID(), "12345");
    static final SigningSecret OTHER = new SigningSecret(UUID.randomUUID(), "67890");

    /** Twilio's documented example, deliberately not in sorted order. */
    static Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("To", List.of("+18005551212"));
        params.put("CallSid", List.of("CA1234567890ABCDE"));
        params.put("From", List.of("+14158675309"));
        params.put("Caller", List.of("+14158675309"));
        params.put("Digits", List.of("1234"));
        return params;
    }

    @Test
    void computesTwiliosOfficialVector() {
        assertThat(TwilioSignature.sign("12345", URL, params())).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void acceptsTheVectorAndNamesTheToken() {
        assertThat(TwilioSignature.verify("RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL, params(), List.of(OTHER, TOKEN)))
                .isEqualTo(new Verification.Verified(TOKEN.secretId()));
    }

    @Test
    void refusesAnAlteredParameterUrlOrSignature() {
        var altered = params();
        altered.put("Digits", List.of("1235"));
        assertThat(TwilioSignature.verify("RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL, altered, List.of(TOKEN)))
                .isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(TwilioSignature.verify("RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL + "&x=1", params(), List.of(TOKEN)))
                .isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(TwilioSignature.verify("RSOYDt4T1dUTdK1PDd93/VVr8B8=", URL, params(), List.of(TOKEN)))
                .isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(TwilioSignature.verify("not base64!", URL, params(), List.of(TOKEN))).isEqualTo(Verification.rejected(Reason.MALFORMED));
        assertThat(TwilioSignature.verify(null, URL, params(), List.of(TOKEN))).isEqualTo(Verification.rejected(Reason.MISSING));
        assertThat(TwilioSignature.verify("RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL, params(), List.of()))
                .isEqualTo(Verification.rejected(Reason.NOT_CONFIGURED));
    }
}
