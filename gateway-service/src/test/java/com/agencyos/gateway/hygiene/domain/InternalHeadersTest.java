package com.agencyos.gateway.hygiene.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"X-Tenant-Id", "x-tenant-id", "X-USER-ID", "X-User-Roles", "X-Internal-Caller",
        "x-internal-", "X-Internal-Tenant-Override"})
    void treatsPlatformHeadersAsInternalWhateverTheirCase(String name) {
        assertThat(InternalHeaders.isInternal(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-Request-Id", "X-Tenant", "X-Tenant-Ids", "X-Internals",
        "Content-Type", "X-Forwarded-For"})
    void letsOrdinaryHeadersThrough(String name) {
        assertThat(InternalHeaders.isInternal(name)).isFalse();
    }
}
