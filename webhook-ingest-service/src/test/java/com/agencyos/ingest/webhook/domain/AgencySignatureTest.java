package com.agencyos.ingest.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.ingest.webhook.domain.Verification.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgencySignatureTest {

    static final String VECTOR_SECRET = "whsec_test_0001";
    static final long VECTOR_T = 1763769600L;
    static final byte[] VECTOR_BODY = "{\"email\":\"jo.bloggs@acme.com.au\",\"firstName\":\"Jo\"}"
            .getBytes(StandardCharsets.UTF_8);
    static final String VECTOR_V1 = "a0eabbac14370c6b92af2bece0e269b4398ee71f080d5c8fcf3bf7799af55bab";
    static final Instant AT_VECTOR_TIME = Instant.ofEpochSecond(VECTOR_T);
    static final Duration TOLERANCE = AgencySignature.DEFAULT_TOLERANCE;

    static final SigningSecret CURRENT = new SigningSecret(UUID.randomUUID(), VECTOR_SECRET);
    static final SigningSecret NEXT = new SigningSecret(UUID.randomUUID(), "whsec_test_0002");

    static Verification verify(String header, byte[] body, List<SigningSecret> secrets, Instant now) {
        return AgencySignature.verify(header, body, secrets, now, TOLERANCE);
    }

    @Test
    void computesTheDocumentedTestVector() {
        assertThat(AgencySignature.v1(VECTOR_SECRET, VECTOR_T, VECTOR_BODY)).isEqualTo(VECTOR_V1);
    }

    @Test
    void acceptsTheDocumentedTestVectorAndNamesTheSecretThatSignedIt() {
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(NEXT, CURRENT), AT_VECTOR_TIME))
                .isEqualTo(new Verification.Verified(CURRENT.secretId()));
    }

    @Test
    void acceptsAnyOfSeveralSignaturesDuringARotation() {
        String other = AgencySignature.v1("whsec_retired", VECTOR_T, VECTOR_BODY);
        assertThat(verify("t=1763769600,v1=" + other + ", v1=" + VECTOR_V1.toUpperCase(), VECTOR_BODY,
                List.of(CURRENT), AT_VECTOR_TIME)).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void ignoresSchemesItDoesNotKnow() {
        assertThat(verify("v0=abc,t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME))
                .isInstanceOf(Verification.Verified.class);
    }

    @Test
    void acceptsATimestampExactlyAtTheToleranceEitherWay() {
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME.plusSeconds(300)))
                .isInstanceOf(Verification.Verified.class);
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME.minusSeconds(300)))
                .isInstanceOf(Verification.Verified.class);
    }

    @Test
    void rejectsACorrectSignatureOnceItsTimestampIsStale() {
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME.plusSeconds(301)))
                .isEqualTo(new Verification.Rejected(Reason.STALE));
    }

    @Test
    void rejectsATimestampTooFarInTheFuture() {
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME.minusSeconds(301)))
                .isEqualTo(new Verification.Rejected(Reason.STALE));
    }

    @Test
    void rejectsATamperedBody() {
        byte[] tampered = "{\"email\":\"jo.bloggs@acme.com.au\",\"firstName\":\"Jim\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, tampered, List.of(CURRENT), AT_VECTOR_TIME))
                .isEqualTo(new Verification.Rejected(Reason.MISMATCH));
    }

    @Test
    void rejectsAShiftedTimestampBecauseTheTimestampIsSigned() {
        assertThat(verify("t=1763769601,v1=" + VECTOR_V1, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME))
                .isEqualTo(new Verification.Rejected(Reason.MISMATCH));
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(NEXT), AT_VECTOR_TIME))
                .isEqualTo(new Verification.Rejected(Reason.MISMATCH));
    }

    @Test
    void nobodyCanSignForATenantWithoutSecrets() {
        assertThat(verify("t=1763769600,v1=" + VECTOR_V1, VECTOR_BODY, List.of(), AT_VECTOR_TIME))
                .isEqualTo(new Verification.Rejected(Reason.NOT_CONFIGURED));
    }

    @Test
    void aMissingHeaderIsMissing() {
        assertThat(verify(null, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME)).isEqualTo(new Verification.Rejected(Reason.MISSING));
        assertThat(verify(" ", VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME)).isEqualTo(new Verification.Rejected(Reason.MISSING));
    }

    @Test
    void headersWithoutATimestampOrAUsableSignatureAreMalformed() {
        for (String header : List.of("v1=" + VECTOR_V1, "t=1763769600", "t=1763769600,v1=zz", "t=abc,v1=" + VECTOR_V1,
                "t=1763769600,t=1763769600,v1=" + VECTOR_V1, "t=1763769600,v1=" + VECTOR_V1.substring(2), "garbage",
                "t=-1763769600,v1=" + VECTOR_V1)) {
            assertThat(verify(header, VECTOR_BODY, List.of(CURRENT), AT_VECTOR_TIME)).as(header)
                    .isEqualTo(new Verification.Rejected(Reason.MALFORMED));
        }
    }

    @Test
    void aSigningSecretNeverPrintsItsValue() {
        assertThat(CURRENT.toString()).doesNotContain(VECTOR_SECRET);
    }
}
