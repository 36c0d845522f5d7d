package com.agencyos.ingest.tenant.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IntakeRateLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final UUID busy = UUID.randomUUID();
    private final UUID quiet = UUID.randomUUID();
    private final UUID special = UUID.randomUUID();
    private final IntakeRateLimits limits = new IntakeRateLimits(new IntakeRateLimits.Limit(2, 1),
            Map.of(special, new IntakeRateLimits.Limit(4, 0.5)), nanos::get);

    @Test
    void eachTenantHasItsOwnBucketSoOneTenantsBurstDoesNotThrottleAnother() {
        limits.take(busy);
        limits.take(busy);
        assertThatThrownBy(() -> limits.take(busy)).isInstanceOf(IntakeThrottledException.class)
                .extracting(e -> ((IntakeThrottledException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        limits.take(quiet);
        limits.take(quiet);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        limits.take(busy);
    }

    @Test
    void aTenantWithItsOwnLimitGetsThatLimitInsteadOfTheDefault() {
        for (int i = 0; i < 4; i++) {
            limits.take(special);
        }
        assertThatThrownBy(() -> limits.take(special)).isInstanceOf(IntakeThrottledException.class)
                .extracting(e -> ((IntakeThrottledException) e).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aLimitThatCouldNeverAdmitAnythingIsRefusedAtConfiguration() {
        assertThatThrownBy(() -> new IntakeRateLimits.Limit(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntakeRateLimits.Limit(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
