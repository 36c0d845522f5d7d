package com.agencyos.platform.events;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retry and dead-letter rules for every listener: poison goes to {@code <topic>.dlq} at once; a failing handler
 * is retried {@code retryAttempts} times (200 ms, 400 ms, 800 ms …) then dead-lettered; an unreachable
 * database is retried without limit (up to 10 s apart) because the event is good and the outage is ours.
 */
public final class DeadLetterPolicy {

    public static final String DLQ_SUFFIX = ".dlq";

    private DeadLetterPolicy() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, int retryAttempts) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(record.topic() + DLQ_SUFFIX, -1));
        ExponentialBackOff bounded = new ExponentialBackOff(200, 2.0);
        bounded.setMaxAttempts(retryAttempts);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, bounded);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        BackOff unbounded = unboundedBackOff();
        handler.setBackOffFunction((record, error) -> isOutage(error) ? unbounded : null);
        return handler;
    }

    static BackOff unboundedBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        return backOff;
    }

    /** True when the failure is our infrastructure being unavailable rather than something wrong with the event. */
    public static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof R2dbcTransientException || t instanceof R2dbcNonTransientResourceException
                    || t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof IOException
                    || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
