package com.agencyos.gateway.bodylimit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BodySizeLimitsTest {

    private static final long MIB = 1024 * 1024;

    private final BodySizeLimits limits = new BodySizeLimits(MIB, Map.of(
            "/api/v1/leads/import", 20 * MIB,
            "/webhooks/**", 256 * 1024L,
            "/webhooks/bulk/**", 5 * MIB));

    @Test
    void appliesTheDefaultToPathsWithoutTheirOwnLimit() {
        assertThat(limits.maxBytesFor("/api/v1/leads")).isEqualTo(MIB);
        assertThat(limits.maxBytesFor("/api/v1/leads/import/extra")).isEqualTo(MIB);
    }

    @Test
    void givesTheImportItsLargerLimit() {
        assertThat(limits.maxBytesFor("/api/v1/leads/import")).isEqualTo(20 * MIB);
        assertThat(limits.maxBytesFor("/api/v1/leads/import/")).isEqualTo(20 * MIB);
    }

    @Test
    void appliesAPrefixLimitToEverythingBelowIt() {
        assertThat(limits.maxBytesFor("/webhooks")).isEqualTo(256 * 1024L);
        assertThat(limits.maxBytesFor("/webhooks/hubspot/tenant-1")).isEqualTo(256 * 1024L);
        assertThat(limits.maxBytesFor("/webhooksx")).isEqualTo(MIB);
    }

    @Test
    void theMostSpecificPatternWins() {
        assertThat(limits.maxBytesFor("/webhooks/bulk/upload")).isEqualTo(5 * MIB);
    }
}
