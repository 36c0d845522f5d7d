package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.PlaybookRun;
import com.agencyos.playbook.config.PlaybookProperties;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs generations in the background, at most {@code agencyos.playbook.max-concurrent-runs} at once across the
 * service, so a batch of a hundred prospects cannot swamp the machine or the sites. Runs a stopped service left
 * unfinished are taken up again at start; runs queued inside another transaction (a scored lead's) are found by a
 * poll every {@value #POLL_SECONDS} s once committed. Each run is executed once per process.
 */
@Component
public class RunQueue {

    private static final Logger log = LoggerFactory.getLogger(RunQueue.class);

    static final int POLL_SECONDS = 2;

    private final Sinks.Many<PlaybookRun> queue = Sinks.many().unicast().onBackpressureBuffer();
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();
    private final Runs runs;
    private final Disposable worker;
    private Disposable poller;

    public RunQueue(PlaybookGeneration generation, Runs runs, PlaybookProperties properties) {
        this.runs = runs;
        this.worker = queue.asFlux()
                .flatMap(run -> generation.execute(run)
                        .onErrorResume(e -> {
                            log.error("Playbook run {} stopped unexpectedly", run.id(), e);
                            return Mono.empty();
                        })
                        .doFinally(signal -> active.remove(run.id())), properties.maxConcurrentRuns())
                .subscribe();
    }

    public void submit(PlaybookRun run) {
        if (active.add(run.id())) {
            queue.emitNext(run, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(2)));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        runs.unfinished().doOnNext(this::submit).subscribe();
        poller = Flux.interval(Duration.ofSeconds(POLL_SECONDS)).onBackpressureDrop()
                .concatMap(tick -> runs.queued().doOnNext(this::submit).then()
                        .onErrorResume(e -> {
                            log.warn("Polling for queued playbook runs failed: {}", e.getMessage());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.dispose();
        }
        worker.dispose();
    }
}
