package com.agencyos.tenant.secret.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void anAgencyOsSecretIsWhsecAndThirtyTwoRandomBytesInBase64Url() {
        String value = WebhookSecret.newAgencyOsSecretValue(new SecureRandom());

        assertThat(value).startsWith("whsec_").matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(value.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void everyIssuedSecretIsDifferent() {
        SecureRandom random = new SecureRandom();
        assertThat(WebhookSecret.newAgencyOsSecretValue(random)).isNotEqualTo(WebhookSecret.newAgencyOsSecretValue(random));
    }

    @Test
    void theAtRestContextNamesTheTenantAndTheSecret() {
        UUID tenant = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        var secret = new WebhookSecret(id, tenant, SecretKind.agencyos_webhook, Instant.EPOCH, null);
        var sameIdOtherTenant = new WebhookSecret(id, UUID.randomUUID(), SecretKind.agencyos_webhook, Instant.EPOCH, null);

        assertThat(new String(secret.atRestContext())).contains(tenant.toString()).contains(id.toString());
        assertThat(secret.atRestContext()).isNotEqualTo(sameIdOtherTenant.atRestContext());
    }

    @Test
    void anIssuedSecretNeverPrintsItsValue() {
        var issued = new IssuedSecret(UUID.randomUUID(), "whsec_do_not_log_me", Instant.EPOCH);
        assertThat(issued.toString()).doesNotContain("whsec_do_not_log_me").contains("redacted");
    }

    @Test
    void thePolicyAllowsSecretsUpToItsLimit() {
        var policy = new SecretPolicy(3);
        assertThat(policy.allowsAnother(2)).isTrue();
        assertThat(policy.allowsAnother(3)).isFalse();
    }

    @Test
    void aPolicyThatCannotRotateIsRefused() {
        assertThatThrownBy(() -> new SecretPolicy(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
