package com.agencyos.ingest.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantSecretTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    static TenantSecret expiringAt(Instant expiresAt) {
        return new TenantSecret(UUID.randomUUID(), "agencyos_webhook", "sealed", NOW.minusSeconds(3600), expiresAt);
    }

    @Test
    void aSecretWithoutExpiryIsAlwaysActive() {
        assertThat(expiringAt(null).activeAt(NOW)).isTrue();
    }

    @Test
    void aRotatedOutSecretStopsAtItsExpiry() {
        assertThat(expiringAt(NOW.plusSeconds(1)).activeAt(NOW)).isTrue();
        assertThat(expiringAt(NOW).activeAt(NOW)).isFalse();
    }

    @Test
    void kindsThisServiceDoesNotKnowAreRecognisedAsSuch() {
        assertThat(SecretKind.isKnown("agencyos_webhook")).isTrue();
        assertThat(SecretKind.isKnown("stripe_webhook")).isFalse();
        assertThat(expiringAt(null).is(SecretKind.agencyos_webhook)).isTrue();
        assertThat(expiringAt(null).is(SecretKind.hubspot_app)).isFalse();
    }

    @Test
    void aSecretNeverPrintsItsSealedValue() {
        assertThat(expiringAt(null).toString()).doesNotContain("sealed");
    }
}
