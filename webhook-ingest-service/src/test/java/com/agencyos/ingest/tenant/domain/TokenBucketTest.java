package com.agencyos.ingest.tenant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAdmitsItsBurstAndThenSaysHowLongUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.tryTake(SECOND / 4)).isEqualTo(SECOND / 4);
    }

    @Test
    void tokensRefillAtTheRateButNeverBeyondTheCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.tryTake(0);
        bucket.tryTake(0);
        assertThat(bucket.tryTake(SECOND)).isZero();
        assertThat(bucket.tryTake(SECOND)).isPositive();
        long later = 100 * SECOND;
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isPositive();
    }

    @Test
    void aClockThatGoesBackwardsNeitherAddsNorRemovesTokens() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        assertThat(bucket.tryTake(10 * SECOND)).isZero();
        assertThat(bucket.tryTake(5 * SECOND)).isEqualTo(SECOND);
        assertThat(bucket.tryTake(11 * SECOND)).isZero();
    }

    @Test
    void aBucketWithoutCapacityOrRefillIsRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
