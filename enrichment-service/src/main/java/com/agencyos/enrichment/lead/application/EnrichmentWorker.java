package com.agencyos.enrichment.lead.application;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Drains the queue of received leads: on a short poll and whenever a lead was queued or resumed. Leads are leased,
 * so a worker that dies mid-lead leaves it to be taken again when the lease runs out.
 */
@Component
public class EnrichmentWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentWorker.class);

    private final EnrichmentPorts.Jobs jobs;
    private final LeadEnrichmentService enrichment;
    private final Duration pollInterval;
    private final int batchSize;
    private final int concurrency;
    private final Duration lease;
    private final Sinks.Many<Long> wakeUps = Sinks.many().multicast().directBestEffort();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile Disposable loop;

    public EnrichmentWorker(EnrichmentPorts.Jobs jobs, LeadEnrichmentService enrichment,
            @Value("${agencyos.enrichment.worker.poll-interval:500ms}") Duration pollInterval,
            @Value("${agencyos.enrichment.worker.batch-size:64}") int batchSize,
            @Value("${agencyos.enrichment.worker.concurrency:32}") int concurrency,
            @Value("${agencyos.enrichment.worker.lease:3m}") Duration lease) {
        this.jobs = jobs;
        this.enrichment = enrichment;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
        this.lease = lease;
    }

    /** Something was queued: drain now rather than at the next poll. */
    public void wake() {
        wakeUps.tryEmitNext(0L);
    }

    @Override
    public void start() {
        loop = Flux.merge(Flux.interval(pollInterval), wakeUps.asFlux())
                .filter(tick -> draining.compareAndSet(false, true))
                .flatMap(tick -> drain().doFinally(signal -> draining.set(false)))
                .subscribe();
    }

    private Mono<Long> drain() {
        return drain(() -> jobs.claim(batchSize, lease), enrichment::run, concurrency)
                .onErrorResume(e -> {
                    log.warn("Enrichment worker could not drain the queue: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    /**
     * Claims and runs leads until a claim finds none, with up to {@code concurrency} in flight. There is no barrier
     * between batches: a lead whose site is slow (a dropped DNS query costs 5 s, a site may take its whole budget)
     * holds up itself, not the batch it was claimed with. The next batch is claimed once the leads claimed before it
     * have all started, so at most one batch waits to start, well inside its lease.
     */
    static <T> Mono<Long> drain(Supplier<Flux<T>> claim, Function<T, Mono<Void>> run, int concurrency) {
        return Mono.defer(() -> claim.get().collectList())
                .repeat()
                .takeWhile(claimed -> !claimed.isEmpty())
                .concatMapIterable(claimed -> claimed, 1)
                .flatMap(job -> run.apply(job).thenReturn(1L), concurrency)
                .count();
    }

    @Override
    public void stop() {
        Disposable current = loop;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }
}
