package com.agencyos.ingest.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.ingest.webhook.domain.Verification.Reason;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    static final SigningSecret CURRENT = new SigningSecret(UUID.randomUUID(), "postmark:s3cret");
    static final SigningSecret NEXT = new SigningSecret(UUID.randomUUID(), "postmark:n3xt");

    @Test
    void anyOfTheTenantsCredentialsAuthenticateAndAreNamed() {
        assertThat(BasicCredentials.verify("Basic cG9zdG1hcms6czNjcmV0", List.of(NEXT, CURRENT)))
                .isEqualTo(new Verification.Verified(CURRENT.secretId()));
        assertThat(BasicCredentials.verify(BasicCredentials.header("postmark:n3xt"), List.of(NEXT, CURRENT)))
                .isEqualTo(new Verification.Verified(NEXT.secretId()));
    }

    @Test
    void wrongMissingOrMalformedCredentialsAreRefused() {
        assertThat(BasicCredentials.verify(BasicCredentials.header("postmark:guess"), List.of(CURRENT)))
                .isEqualTo(Verification.rejected(Reason.MISMATCH));
        assertThat(BasicCredentials.verify(null, List.of(CURRENT))).isEqualTo(Verification.rejected(Reason.MISSING));
        assertThat(BasicCredentials.verify("Bearer abc", List.of(CURRENT))).isEqualTo(Verification.rejected(Reason.MALFORMED));
        assertThat(BasicCredentials.verify("Basic %%%", List.of(CURRENT))).isEqualTo(Verification.rejected(Reason.MALFORMED));
        assertThat(BasicCredentials.verify(BasicCredentials.header("postmark:s3cret"), List.of()))
                .isEqualTo(Verification.rejected(Reason.NOT_CONFIGURED));
    }
}
