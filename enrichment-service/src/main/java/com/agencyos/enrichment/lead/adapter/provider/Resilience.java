package com.agencyos.enrichment.lead.adapter.provider;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.domain.CallOutcome;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * One provider's protection: retry (on 429, 5xx and I/O errors, exponential backoff with jitter, Retry-After
 * honoured up to a cap) around a circuit breaker around a bulkhead and a time limit per attempt.
 */
final class Resilience {

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final TimeLimiter limiter;

    Resilience(String provider, EnrichmentProperties.Resilience settings) {
        long backoff = settings.backoff().toMillis();
        long maxWait = settings.maxRetryWait().toMillis();
        this.retry = Retry.of(provider, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(Resilience::retryable)
                .intervalBiFunction((attempt, either) -> {
                    Throwable error = either.isLeft() ? either.getLeft() : null;
                    if (error instanceof ProviderHttpException http && http.retryAfter() != null) {
                        return Math.min(http.retryAfter().toMillis(), maxWait);
                    }
                    long exponential = backoff << Math.min(10, Math.max(0, attempt - 1));
                    return Math.min(maxWait, (long) (exponential * (0.5 + ThreadLocalRandom.current().nextDouble())));
                })
                .build());
        this.breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .build());
        this.bulkhead = Bulkhead.of(provider, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.bulkhead())
                .maxWaitDuration(settings.bulkheadWait())
                .build());
        this.limiter = TimeLimiter.of(provider, TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).build());
    }

    <T> Mono<T> protect(Mono<T> call) {
        return call
                .transformDeferred(TimeLimiterOperator.of(limiter))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(RetryOperator.of(retry));
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    static boolean retryable(Throwable error) {
        return error instanceof ProviderHttpException http ? http.retryable() : error instanceof IOException;
    }

    /** What to report for a call that failed with this error. */
    static CallOutcome outcomeOf(Throwable error) {
        if (error instanceof CallNotPermittedException) {
            return CallOutcome.circuit_open;
        }
        if (error instanceof BulkheadFullException) {
            return CallOutcome.rejected;
        }
        if (error instanceof TimeoutException || error instanceof java.net.http.HttpTimeoutException) {
            return CallOutcome.timeout;
        }
        return CallOutcome.error;
    }

    /** {@code Retry-After} as seconds; an HTTP date or garbage is ignored and the backoff applies. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
