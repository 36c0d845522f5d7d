package com.agencyos.ingest.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.ingest.webhook.domain.HubSpotSignature.SignedRequest;
import com.agencyos.ingest.webhook.domain.Verification.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotSignatureTest {

    static final String SECRET = "hs-test-secret-0001";
    static final String URI = "https://example.test/webhooks/hubspot/7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    static final byte[] BODY = ("{\"formId\":\"f-001\",\"submissionId\":\"s-001\",\"values\":[{\"name\":\"email\","
            + "\"value\":\"jo.bloggs@acme.com.au\"}]}").getBytes(StandardCharsets.UTF_8);
    static final String TIMESTAMP = "1763769600000";
    static final String VECTOR_V3 = "LTGySj/H1Lr1jSL97ihpcNAEwhStRrvLOlqwn/6OgiQ=";
    static final Instant AT_VECTOR_TIME = Instant.ofEpochMilli(1763769600000L);
    static final Duration TOLERANCE = Duration.ofSeconds(300);

    static final SigningSecret APP = new SigningSecret(UUID.randomUUID(), SECRET);
    static final SigningSecret OTHER_APP = new SigningSecret(UUID.randomUUID(), "hs-test-secret-0002");

    static Verification v3(String signature, String timestamp, byte[] body, Instant now) {
        return HubSpotSignature.verify(new SignedRequest("POST", URI, body, signature, timestamp, null, null),
                List.of(OTHER_APP, APP), now, TOLERANCE);
    }

    static Verification legacy(String signature, String version, String method, String uri, byte[] body) {
        return HubSpotSignature.verify(new SignedRequest(method, uri, body, null, null, signature, version),
                List.of(OTHER_APP, APP), AT_VECTOR_TIME, TOLERANCE);
    }

    @Test
    void computesTheRecipesV3Vector() {
        assertThat(HubSpotSignature.v3(SECRET, "POST", URI, BODY, TIMESTAMP)).isEqualTo(VECTOR_V3);
    }

    @Test
    void computesHubSpotsOfficialV2Vector() {
        assertThat(HubSpotSignature.v2("yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy", "GET", "https://www.example.com/webhook_uri",
                new byte[0])).isEqualTo("eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e");
    }

    @Test
    void computesV1AsTheSha256OfSecretThenBody() {
        // Independently computed: printf '%s%s' "$SECRET" "$BODY" | sha256sum
        assertThat(HubSpotSignature.v1(SECRET, BODY)).isEqualTo("9a7baee767dfd1aa46b91f2779e45316c9301f93c7735163ab01e71b74ddc93e");
    }

    @Test
    void acceptsTheV3VectorWithinFiveMinutesEitherWayAndNamesTheSecret() {
        assertThat(v3(VECTOR_V3, TIMESTAMP, BODY, AT_VECTOR_TIME)).isEqualTo(new Verification.Verified(APP.secretId()));
        assertThat(v3(VECTOR_V3, TIMESTAMP, BODY, AT_VECTOR_TIME.plusMillis(300_000))).isInstanceOf(Verification.Verified.class);
        assertThat(v3(VECTOR_V3, TIMESTAMP, BODY, AT_VECTOR_TIME.minusMillis(300_000))).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void refusesAV3TimestampMoreThanFiveMinutesAway() {
        assertThat(v3(VECTOR_V3, TIMESTAMP, BODY, AT_VECTOR_TIME.plusMillis(300_001))).isEqualTo(Verification.rejected(Reason.STALE));
        assertThat(v3(VECTOR_V3, TIMESTAMP, BODY, AT_VECTOR_TIME.minusMillis(300_001))).isEqualTo(Verification.rejected(Reason.STALE));
    }

    @Test
    void refusesAV3SignatureOverAnAlteredBodyTimestampOrUri() {
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("jo.bloggs", "mallory").getBytes(StandardCharsets.UTF_8);
        assertThat(v3(VECTOR_V3, TIMESTAMP, altered, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(v3(VECTOR_V3, "1763769600001", BODY, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(HubSpotSignature.verify(new SignedRequest("POST", URI + "?x=1", BODY, VECTOR_V3, TIMESTAMP, null, null),
                List.of(APP), AT_VECTOR_TIME, TOLERANCE)).isEqualTo(Verification.rejected(Reason.MISMATCH));
        String tampered = VECTOR_V3.substring(0, 10) + (VECTOR_V3.charAt(10) == 'A' ? 'B' : 'A') + VECTOR_V3.substring(11);
        assertThat(v3(tampered, TIMESTAMP, BODY, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MISMATCH));
    }

    @Test
    void refusesMalformedV3Headers() {
        assertThat(v3("not base64!", TIMESTAMP, BODY, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MALFORMED));
        assertThat(v3(VECTOR_V3, null, BODY, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MALFORMED));
        assertThat(v3(VECTOR_V3, "1763769600.5", BODY, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MALFORMED));
    }

    @Test
    void acceptsV1AndV2SignaturesOfOlderApps() {
        String v1 = HubSpotSignature.v1(SECRET, BODY);
        String v2 = HubSpotSignature.v2(SECRET, "POST", URI, BODY);
        assertThat(legacy(v1, "v1", "POST", URI, BODY)).isEqualTo(new Verification.Verified(APP.secretId()));
        assertThat(legacy(v1, null, "POST", URI, BODY)).isEqualTo(new Verification.Verified(APP.secretId()));
        assertThat(legacy(v2.toUpperCase(), "V2", "POST", URI, BODY)).isEqualTo(new Verification.Verified(APP.secretId()));
    }

    @Test
    void refusesLegacySignaturesThatDoNotMatchOrAreMalformed() {
        String v2 = HubSpotSignature.v2(SECRET, "POST", URI, BODY);
        assertThat(legacy(v2, "v1", "POST", URI, BODY)).isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(legacy(v2, "v2", "POST", URI + "/other", BODY)).isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(legacy(v2, "v3", "POST", URI, BODY)).isEqualTo(Verification.rejected(Reason.MALFORMED));
        assertThat(legacy("abc", "v1", "POST", URI, BODY)).isEqualTo(Verification.rejected(Reason.MALFORMED));
    }

    @Test
    void aRequestWithoutSignaturesIsMissingAndATenantWithoutSecretsIsNotConfigured() {
        assertThat(v3(null, TIMESTAMP, BODY, AT_VECTOR_TIME)).isEqualTo(Verification.rejected(Reason.MISSING));
        assertThat(HubSpotSignature.verify(new SignedRequest("POST", URI, BODY, VECTOR_V3, TIMESTAMP, null, null), List.of(),
                AT_VECTOR_TIME, TOLERANCE)).isEqualTo(Verification.rejected(Reason.NOT_CONFIGURED));
    }

    @Test
    void v3IsCheckedWhenBothSchemesAreSentSoAWeakerSchemeCannotStandInForIt() {
        String v1 = HubSpotSignature.v1(SECRET, BODY);
        assertThat(HubSpotSignature.verify(new SignedRequest("POST", URI, BODY, VECTOR_V3, TIMESTAMP, v1, "v1"), List.of(APP),
                AT_VECTOR_TIME.plusSeconds(3600), TOLERANCE)).isEqualTo(Verification.rejected(Reason.STALE));
    }
}
