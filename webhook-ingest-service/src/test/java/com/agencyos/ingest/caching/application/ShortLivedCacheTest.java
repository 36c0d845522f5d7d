package com.agencyos.ingest.caching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ShortLivedCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger lookups = new AtomicInteger();
    private final ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofSeconds(2), 3, nanos::get);

    private Mono<String> lookup(String key) {
        return Mono.fromSupplier(() -> key + "#" + lookups.incrementAndGet());
    }

    @Test
    void answersFromTheHeldValueUntilItsTimeToLiveHasPassed() {
        assertThat(cache.get("acme", this::lookup).block()).isEqualTo("acme#1");
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(cache.get("acme", this::lookup).block()).isEqualTo("acme#1");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("acme", this::lookup).block()).isEqualTo("acme#2");
    }

    @Test
    void looksUpAgainAfterAnEviction() {
        cache.get("acme", this::lookup).block();
        cache.get("globex", this::lookup).block();

        cache.evictNowAndOnCompletion("acme"::equals).block();

        assertThat(cache.get("acme", this::lookup).block()).isEqualTo("acme#3");
        assertThat(cache.get("globex", this::lookup).block()).isEqualTo("globex#2");
    }

    @Test
    void doesNotHoldAFailedLookup() {
        Mono<String> failing = Mono.error(new IllegalStateException("database down"));

        assertThatThrownBy(() -> cache.get("acme", key -> failing).block()).hasMessageContaining("database down");

        assertThat(cache.get("acme", this::lookup).block()).isEqualTo("acme#1");
    }

    @Test
    void holdsAnEmptyAnswerLikeAnyOther() {
        AtomicInteger empties = new AtomicInteger();
        Mono<String> nothing = Mono.fromRunnable(empties::incrementAndGet);

        cache.get("unknown", key -> nothing).block();
        cache.get("unknown", key -> nothing).block();

        assertThat(empties).hasValue(1);
    }

    @Test
    void forgetsEverythingRatherThanGrowPastItsBound() {
        for (String key : new String[] {"a", "b", "c", "d"}) {
            cache.get(key, this::lookup).block();
        }

        assertThat(cache.get("a", this::lookup).block()).isEqualTo("a#5");
    }

    @Test
    void looksUpEveryTimeWithAZeroTimeToLive() {
        ShortLivedCache<String, String> off = new ShortLivedCache<>(Duration.ZERO, 3, nanos::get);

        off.get("acme", this::lookup).block();

        assertThat(off.get("acme", this::lookup).block()).isEqualTo("acme#2");
    }

    @Test
    void refusesANegativeTimeToLive() {
        assertThatThrownBy(() -> new ShortLivedCache<String, String>(Duration.ofSeconds(-1), 3, nanos::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
