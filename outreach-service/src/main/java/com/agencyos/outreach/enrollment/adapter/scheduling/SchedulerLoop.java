package com.agencyos.outreach.enrollment.adapter.scheduling;

import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.enrollment.application.TouchScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Polls the durable schedule: straight on while it finds a full batch, otherwise after the poll interval. The
 * schedule lives in the database, so stopping here (or crashing) loses nothing: the next start picks up what is due.
 */
@Component
class SchedulerLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLoop.class);

    private final TouchScheduler scheduler;
    private final OutreachProperties.Scheduler settings;
    private volatile Disposable loop;

    SchedulerLoop(TouchScheduler scheduler, OutreachProperties properties) {
        this.scheduler = scheduler;
        this.settings = properties.scheduler();
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            log.info("The touch scheduler is disabled on this instance");
            return;
        }
        loop = Flux.range(0, settings.workers())
                .flatMap(worker -> Mono.defer(() -> scheduler.recoverInterrupted(settings.recoverSendingAfter())
                                .then(scheduler.runDue(settings.batchSize())))
                        .onErrorResume(e -> {
                            log.warn("Scheduler poll failed; trying again after the poll interval", e);
                            return Mono.just(0);
                        })
                        .flatMap(found -> found >= settings.batchSize() ? Mono.just(found)
                                : Mono.delay(settings.pollInterval()).thenReturn(found))
                        .repeat(), settings.workers())
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }

    /** Starts after the web server and listeners, stops before the database pool goes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
