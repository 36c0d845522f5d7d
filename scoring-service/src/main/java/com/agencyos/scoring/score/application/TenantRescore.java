package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.application.ScoringPorts.LeadScores;
import com.agencyos.scoring.score.application.ScoringPorts.RescoreJobs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rescores all of a tenant's leads in the background, one page per transaction, so a failure loses at most
 * one page's work and progress is visible while it runs. Pages walk the lead ids in order, so leads that
 * arrive meanwhile are rescored if their id sorts after the current page (and are scored on arrival anyway).
 */
@Service
public class TenantRescore {

    private static final Logger log = LoggerFactory.getLogger(TenantRescore.class);

    private final LeadScoringService scoring;
    private final LeadScores scores;
    private final RescoreJobs jobs;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final int pageSize;

    public TenantRescore(LeadScoringService scoring, LeadScores scores, RescoreJobs jobs, TransactionalOperator tx,
            Clock clock, @Value("${agencyos.scoring.rescore-page-size:500}") int pageSize) {
        this.scoring = scoring;
        this.scores = scores;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Records the job and starts it; emits the job id as soon as the job is recorded. */
    public Mono<UUID> start(UUID tenantId) {
        UUID jobId = UUID.randomUUID();
        return scores.countLeads(tenantId)
                .flatMap(total -> jobs.create(new RescoreJob(jobId, tenantId, RescoreJob.Status.RUNNING, total, 0,
                        clock.instant(), null, null)))
                // The job starts on its own thread, not inside the callback of the connection that recorded it:
                // a request stalled once in CI here, and borrowing a pooled connection from within another's completion
                // is the suspect (target/thread-dumps will tell if it happens again).
                .doOnSuccess(created -> run(jobId, tenantId).subscribeOn(Schedulers.boundedElastic()).subscribe())
                .thenReturn(jobId);
    }

    public Mono<RescoreJob> find(UUID tenantId, UUID jobId) {
        return jobs.find(tenantId, jobId);
    }

    private Mono<Void> run(UUID jobId, UUID tenantId) {
        return page(jobId, tenantId, null)
                .expand(done -> done.size() < pageSize ? Mono.empty()
                        : page(jobId, tenantId, done.getLast().leadId()))
                .then(Mono.defer(() -> jobs.finish(jobId, RescoreJob.Status.COMPLETED, clock.instant(), null)))
                .onErrorResume(error -> {
                    log.error("Rescore job {} of tenant {} failed", jobId, tenantId, error);
                    return jobs.finish(jobId, RescoreJob.Status.FAILED, clock.instant(), String.valueOf(error.getMessage()));
                });
    }

    private Mono<List<StoredLead>> page(UUID jobId, UUID tenantId, UUID after) {
        return tx.transactional(scoring.context(tenantId).flatMap(ctx -> scores.page(tenantId, after, pageSize)
                .collectList()
                .flatMap(leads -> Flux.fromIterable(leads)
                        .map(lead -> scoring.decide(lead, ctx))
                        .filter(Optional::isPresent)
                        .concatMap(next -> scoring.store(next.get()))
                        .collectList()
                        .flatMap(scoring::publish)
                        .then(jobs.advance(jobId, leads.size()))
                        .thenReturn(leads))));
    }
}
