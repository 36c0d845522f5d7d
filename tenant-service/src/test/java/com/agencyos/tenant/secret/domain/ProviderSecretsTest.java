package com.agencyos.tenant.secret.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProviderSecretsTest {

    @Test
    void eachProviderKindAcceptsTheShapeItsProviderIssues() {
        assertThat(ProviderSecrets.validate("hubspot_app", "hs-test-secret-0001")).isEqualTo("hs-test-secret-0001");
        assertThat(ProviderSecrets.validate("postmark_basic", "postmark:s3cr3t:with:colons")).isEqualTo("postmark:s3cr3t:with:colons");
        assertThat(ProviderSecrets.validate("twilio_auth", "0123456789abcdef0123456789ABCDEF")).hasSize(32);
    }

    @Test
    void aValueOfTheWrongShapeIsRefusedWithoutRepeatingIt() {
        for (String[] bad : List.of(new String[] {"postmark_basic", "no-colon"}, new String[] {"postmark_basic", ":s3cret-only"},
                new String[] {"postmark_basic", "pm-user-only:"}, new String[] {"twilio_auth", "12345"},
                new String[] {"hubspot_app", "short"}, new String[] {"hubspot_app", "has space inside"},
                new String[] {"hubspot_app", "x".repeat(257)}, new String[] {"hubspot_app", ""})) {
            assertThatThrownBy(() -> ProviderSecrets.validate(bad[0], bad[1])).as(Arrays.toString(bad))
                    .isInstanceOfSatisfying(InvalidSecretException.class, e -> {
                        assertThat(e.errors()).containsOnlyKeys("value");
                        assertThat(e.getMessage() + e.errors()).doesNotContain(bad[1].isEmpty() ? "\u0000" : bad[1]);
                    });
        }
    }

    @Test
    void ourOwnWebhookKindAndUnknownKindsCannotBeStored() {
        assertThatThrownBy(() -> ProviderSecrets.validate("agencyos_webhook", "whsec_abcdefgh"))
                .isInstanceOfSatisfying(InvalidSecretException.class, e -> assertThat(e.errors()).containsOnlyKeys("kind"));
        assertThatThrownBy(() -> ProviderSecrets.validate(null, null))
                .isInstanceOfSatisfying(InvalidSecretException.class, e -> assertThat(e.errors()).containsOnlyKeys("kind", "value"));
    }

    @Test
    void formIdsAreTrimmedKeptOnceAndCheckedOneByOne() {
        assertThat(ProviderSecrets.formIds(List.of(" f-001 ", "f-002", "f-001"))).containsExactly("f-001", "f-002");
        assertThat(ProviderSecrets.formIds(List.of())).isEmpty();
        assertThatThrownBy(() -> ProviderSecrets.formIds(Arrays.asList("ok", "bad id", null)))
                .isInstanceOfSatisfying(InvalidSecretException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("formIds[1]", "formIds[2]"));
        assertThatThrownBy(() -> ProviderSecrets.formIds(IntStream.range(0, 101).mapToObj(i -> "f" + i).toList()))
                .isInstanceOfSatisfying(InvalidSecretException.class, e -> assertThat(e.errors()).containsOnlyKeys("formIds"));
        assertThatThrownBy(() -> ProviderSecrets.formIds(null)).isInstanceOf(InvalidSecretException.class);
    }
}
