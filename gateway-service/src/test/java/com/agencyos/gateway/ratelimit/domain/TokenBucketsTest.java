package com.agencyos.gateway.ratelimit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Quota SMALL = new Quota(1, 2);

    private final AtomicLong clock = new AtomicLong();

    @Test
    void oneClientExhaustingItsBucketDoesNotAffectAnother() {
        TokenBuckets buckets = new TokenBuckets(clock::get, 100);

        assertThat(buckets.tryConsume("tenant:acme", SMALL).allowed()).isTrue();
        assertThat(buckets.tryConsume("tenant:acme", SMALL).allowed()).isTrue();
        assertThat(buckets.tryConsume("tenant:acme", SMALL).allowed()).isFalse();

        assertThat(buckets.tryConsume("tenant:globex", SMALL).allowed()).isTrue();
    }

    @Test
    void appliesANewQuotaToAnExistingClient() {
        TokenBuckets buckets = new TokenBuckets(clock::get, 100);
        buckets.tryConsume("tenant:acme", SMALL);
        buckets.tryConsume("tenant:acme", SMALL);

        RateLimitDecision afterUpgrade = buckets.tryConsume("tenant:acme", new Quota(1, 50));

        assertThat(afterUpgrade.allowed()).isFalse();
        assertThat(buckets.tryConsume("tenant:acme", new Quota(1, 50)).allowed()).isFalse();
        clock.addAndGet(SECOND);
        assertThat(buckets.tryConsume("tenant:acme", new Quota(1, 50)).allowed()).isTrue();
    }

    @Test
    void forgetsRefilledClientsOnceTooManyAreTracked() {
        TokenBuckets buckets = new TokenBuckets(clock::get, 3);
        for (int i = 0; i < 3; i++) {
            buckets.tryConsume("tenant:" + i, SMALL);
        }
        clock.addAndGet(10 * SECOND);

        buckets.tryConsume("tenant:busy", SMALL);

        assertThat(buckets.trackedClients()).isEqualTo(1);
    }

    @Test
    void keepsClientsThatStillOweTokens() {
        TokenBuckets buckets = new TokenBuckets(clock::get, 2);
        buckets.tryConsume("tenant:a", SMALL);
        buckets.tryConsume("tenant:b", SMALL);

        buckets.tryConsume("tenant:c", SMALL);

        assertThat(buckets.trackedClients()).isEqualTo(3);
    }
}
