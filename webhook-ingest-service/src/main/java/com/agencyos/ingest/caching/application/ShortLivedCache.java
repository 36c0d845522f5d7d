package com.agencyos.ingest.caching.application;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Holds what a lookup answered for a short while, so a burst of webhooks from one tenant reads its secrets and its
 * state once instead of once per request (two database round trips each, see docs/performance.md). This process
 * evicts a key as soon as it hears of a change; another instance of the service may answer from its copy for up to
 * the time to live, which bounds how long a revoked secret or a paused tenant can still be honoured.
 * Failed lookups are not held. A zero time to live turns the cache off.
 *
 * @param <K> the lookup's key
 * @param <V> what the lookup answers (use {@link java.util.Optional} when it may find nothing)
 */
public final class ShortLivedCache<K, V> {

    private final Duration timeToLive;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ShortLivedCache(Duration timeToLive, int maxEntries, LongSupplier nanoClock) {
        if (timeToLive.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("A cache needs a time to live >= 0 and room for at least one entry");
        }
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    /** The held answer for the key while it is fresh, otherwise the lookup's (held from now on if it succeeds). */
    public Mono<V> get(K key, Function<K, Mono<V>> lookup) {
        if (timeToLive.isZero()) {
            return lookup.apply(key);
        }
        return Mono.defer(() -> {
            long now = nanoClock.getAsLong();
            Entry<V> held = entries.get(key);
            if (held != null && now - held.expiresAt() < 0) {
                return held.value();
            }
            if (entries.size() >= maxEntries) {
                // Tenants are few; reaching the bound means something is probing keys, and forgetting is always safe.
                entries.clear();
            }
            Entry<V> fresh = new Entry<>(lookup.apply(key).cache(value -> timeToLive, error -> Duration.ZERO, () -> timeToLive),
                    now + timeToLive.toNanos());
            entries.put(key, fresh);
            return fresh.value().doOnError(error -> entries.remove(key, fresh));
        });
    }

    /** Forgets every key the predicate accepts: called when this process hears that their values changed. */
    public void evictIf(Predicate<K> changed) {
        entries.keySet().removeIf(changed);
    }

    /**
     * Forgets now and again when the surrounding transaction ends: a lookup that ran between the change being written
     * and its commit read the old value, and must not keep it for a whole time to live.
     */
    public Mono<Void> evictNowAndOnCompletion(Predicate<K> changed) {
        return Mono.fromRunnable(() -> evictIf(changed))
                .then(TransactionSynchronizationManager.forCurrentTransaction()
                        .filter(TransactionSynchronizationManager::isSynchronizationActive)
                        .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public Mono<Void> afterCompletion(int status) {
                                return Mono.fromRunnable(() -> evictIf(changed));
                            }
                        }))
                        .onErrorResume(NoTransactionException.class, none -> Mono.empty())
                        .then());
    }

    private record Entry<V>(Mono<V> value, long expiresAt) {
    }
}
