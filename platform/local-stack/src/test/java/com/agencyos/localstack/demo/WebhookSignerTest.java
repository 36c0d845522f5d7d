package com.agencyos.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final String BODY = "{\"email\":\"jo.bloggs@acme.com.au\",\"firstName\":\"Jo\"}";

    @Test
    void signsTheSharedTestVector() {
        WebhookSigner signer = new WebhookSigner("whsec_test_0001");

        assertThat(signer.v1(1763769600L, BODY))
                .isEqualTo("a0eabbac14370c6b92af2bece0e269b4398ee71f080d5c8fcf3bf7799af55bab");
    }

    @Test
    void headerCarriesTimestampAndSignature() {
        WebhookSigner signer = new WebhookSigner("whsec_test_0001");

        assertThat(signer.header(1763769600L, BODY))
                .isEqualTo("t=1763769600,v1=a0eabbac14370c6b92af2bece0e269b4398ee71f080d5c8fcf3bf7799af55bab");
    }

    @Test
    void signatureChangesWithTheTimestampSoOldSignaturesCannotBeReplayed() {
        WebhookSigner signer = new WebhookSigner("whsec_test_0001");

        assertThat(signer.v1(1763769601L, BODY)).isNotEqualTo(signer.v1(1763769600L, BODY));
    }
}
