package com.agencyos.gateway.hygiene.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private final RequestIds requestIds = new RequestIds(() -> "generated");

    @ParameterizedTest
    @ValueSource(strings = {"abc", "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001", "req_2026_11_22", "A"})
    void keepsASaneClientSuppliedId(String clientId) {
        assertThat(requestIds.resolve(clientId)).isEqualTo(clientId);
    }

    @Test
    void keepsAnIdOfExactlySixtyFourCharacters() {
        String longest = "a".repeat(64);

        assertThat(requestIds.resolve(longest)).isEqualTo(longest);
    }

    @Test
    void replacesAnIdLongerThanSixtyFourCharacters() {
        assertThat(requestIds.resolve("a".repeat(65))).isEqualTo("generated");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "semi;colon", "{\"json\":1}", "ümlaut", "a.b", "../etc"})
    void replacesAMissingOrUnsafeId(String clientId) {
        assertThat(requestIds.resolve(clientId)).isEqualTo("generated");
    }

    @Test
    void generatesUuidsByDefault() {
        assertThat(RequestIds.randomUuids().resolve(null))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
