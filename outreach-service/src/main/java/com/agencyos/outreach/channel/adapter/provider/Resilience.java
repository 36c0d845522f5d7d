package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure;
import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure.Outcome;
import com.agencyos.outreach.config.ProviderProperties;
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
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * One provider's protection: retry (on 429, 5xx and I/O errors, exponential backoff with jitter, Retry-After
 * honoured up to a cap) around a circuit breaker around a bulkhead and a time limit per attempt. A time-out is not
 * retried and is reported {@code UNKNOWN}: the provider may have taken the message, and another attempt could send it twice.
 */
final class Resilience {

    private final String provider;
    private final ProviderProperties.Resilience settings;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final TimeLimiter limiter;

    Resilience(String provider, ProviderProperties.Resilience settings) {
        this.provider = provider;
        this.settings = settings;
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
                .transformDeferred(RetryOperator.of(retry))
                .onErrorMap(error -> !(error instanceof ChannelDeliveryFailure), this::failure);
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    static boolean retryable(Throwable error) {
        if (error instanceof ProviderHttpException http) {
            return http.retryable();
        }
        return error instanceof HttpConnectTimeoutException || error instanceof IOException && !(error instanceof HttpTimeoutException);
    }

    /** What the caller is told: whether trying again later may help, and why it failed. */
    private ChannelDeliveryFailure failure(Throwable error) {
        if (error instanceof CallNotPermittedException) {
            return new ChannelDeliveryFailure(provider, Outcome.RETRY_LATER, "circuit open after repeated failures: no call made", error);
        }
        if (error instanceof BulkheadFullException) {
            return new ChannelDeliveryFailure(provider, Outcome.RETRY_LATER, "too many calls in flight", error);
        }
        if (error instanceof HttpConnectTimeoutException) {
            return new ChannelDeliveryFailure(provider, Outcome.RETRY_LATER, "unreachable: connect timed out", error);
        }
        if (error instanceof TimeoutException || error instanceof HttpTimeoutException) {
            return new ChannelDeliveryFailure(provider, Outcome.UNKNOWN,
                    "no answer within " + settings.timeout().toMillis() + " ms: it may have been taken", error);
        }
        if (error instanceof ProviderHttpException http) {
            return new ChannelDeliveryFailure(provider, http.retryable() ? Outcome.RETRY_LATER : Outcome.REFUSED, "answered " + http.getMessage(), error);
        }
        if (error instanceof MalformedAnswerException) {
            return new ChannelDeliveryFailure(provider, Outcome.REFUSED, "answer not in the documented format: " + error.getMessage(), error);
        }
        if (error instanceof IOException) {
            return new ChannelDeliveryFailure(provider, Outcome.RETRY_LATER, "unreachable: " + error.getClass().getSimpleName(), error);
        }
        return new ChannelDeliveryFailure(provider, Outcome.REFUSED, "refused: " + error.getMessage(), error);
    }
}
