package com.agencyos.gateway.ratelimit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Quota TEN_PER_SECOND_BURST_FIVE = new Quota(10, 5);

    @Test
    void allowsAFullBurstAtOnceThenRefuses() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND_BURST_FIVE, 0);

        for (int i = 4; i >= 0; i--) {
            RateLimitDecision decision = bucket.tryConsume(0);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(i);
        }
        assertThat(bucket.tryConsume(0).allowed()).isFalse();
    }

    @Test
    void tellsARefusedClientHowLongUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(new Quota(2, 1), 0);
        bucket.tryConsume(0);

        RateLimitDecision refused = bucket.tryConsume(SECOND / 4);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(250));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsAtTheSustainedRate() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND_BURST_FIVE, 0);
        drain(bucket, 0);

        assertThat(bucket.tryConsume(SECOND / 10).allowed()).isTrue();
        assertThat(bucket.tryConsume(SECOND / 10).allowed()).isFalse();
        assertThat(bucket.tryConsume(SECOND / 10 + SECOND / 20).allowed()).isFalse();
        assertThat(bucket.tryConsume(2 * SECOND / 10).allowed()).isTrue();
    }

    @Test
    void neverHoldsMoreThanTheBurstHoweverLongItWasIdle() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND_BURST_FIVE, 0);
        drain(bucket, 0);

        long muchLater = 3600 * SECOND;
        assertThat(drain(bucket, muchLater)).isEqualTo(5);
    }

    @Test
    void aSlowQuotaRefusesWithARetryAfterOfSeveralSeconds() {
        TokenBucket bucket = new TokenBucket(new Quota(0.2, 1), 0);
        bucket.tryConsume(0);

        assertThat(bucket.tryConsume(0).retryAfterSeconds()).isEqualTo(5);
    }

    @Test
    void aTierChangeKeepsWhatIsLeftCappedAtTheNewBurst() {
        TokenBucket bucket = new TokenBucket(new Quota(1, 100), 0);
        for (int i = 0; i < 40; i++) {
            bucket.tryConsume(0);
        }

        TokenBucket downgraded = bucket.withQuota(new Quota(1, 10), 0);
        TokenBucket upgraded = bucket.withQuota(new Quota(1, 200), 0);

        assertThat(drain(downgraded, 0)).isEqualTo(10);
        assertThat(drain(upgraded, 0)).isEqualTo(60);
    }

    @Test
    void knowsWhenItIsFullAgain() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND_BURST_FIVE, 0);
        bucket.tryConsume(0);

        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(SECOND / 10)).isTrue();
    }

    @Test
    void rejectsQuotasThatCouldNeverServeARequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota(Double.NaN, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota(10, 0));
    }

    private static int drain(TokenBucket bucket, long now) {
        int allowed = 0;
        while (bucket.tryConsume(now).allowed()) {
            allowed++;
        }
        return allowed;
    }
}
