package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.PlaybookRun;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.playbook.account.domain.RunStatus;
import com.agencyos.playbook.config.PlaybookProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Vendor × prospect playbooks users ask for: reuse of recent ones, new runs, retries, deletion. */
@Service
public class PlaybookRequests {

    private final Playbooks playbooks;
    private final Runs runs;
    private final TenantVendors vendors;
    private final RunQueue queue;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Duration reuseWithin;

    public PlaybookRequests(Playbooks playbooks, Runs runs, TenantVendors vendors, RunQueue queue, TransactionalOperator tx,
            Clock clock, PlaybookProperties properties) {
        this.playbooks = playbooks;
        this.runs = runs;
        this.vendors = vendors;
        this.queue = queue;
        this.tx = tx;
        this.clock = clock;
        this.reuseWithin = properties.reuseWithin();
    }

    /**
     * The answer to a request: the playbook (new or reused) and its run.
     *
     * @param started whether a new run was started (otherwise a recent playbook or a run in flight was reused)
     * @param run the run writing the playbook; null for a reused playbook that no run of this service wrote
     */
    public record Requested(UUID playbookId, PlaybookRun run, boolean started) {
    }

    /** Thrown when the request names no vendor and the tenant's ICP has no website yet. */
    public static final class VendorUnknown extends RuntimeException {

        VendorUnknown() {
            super("vendorDomain is required: the tenant's ICP has no website yet");
        }
    }

    /** Thrown for a retry of a run that has not failed. */
    public static final class NotRetryable extends RuntimeException {

        NotRetryable(PlaybookRun run) {
            super("Only a failed run can be retried; run " + run.id() + " is " + run.status() + ".");
        }
    }

    /**
     * Starts research of the vendor × prospect playbook unless one of the same sites was generated within the reuse
     * window (and {@code force} is off) or is being generated now. The vendor defaults to the tenant's own website.
     */
    public Mono<Requested> request(UUID tenantId, ProspectDomain vendorOrNull, ProspectDomain prospect, boolean force,
            UUID batchId) {
        return vendorFor(tenantId, vendorOrNull).flatMap(v -> tx.transactional(runs.lockRequestsFor(tenantId, v, prospect.value())
                .then(force ? Mono.<Requested>empty() : reuse(tenantId, v, prospect.value()))
                .switchIfEmpty(Mono.defer(() -> {
                    PlaybookRun run = PlaybookRun.queued(UUID.randomUUID(), tenantId, UUID.randomUUID(), v, prospect.value(),
                            now(), batchId);
                    return runs.add(run).thenReturn(new Requested(run.playbookId(), run, true));
                })))
                .doOnNext(requested -> {
                    if (requested.started()) {
                        queue.submit(requested.run());
                    }
                }));
    }

    /** The vendor named, or the tenant's website; errors with {@link VendorUnknown} when there is neither. */
    public Mono<String> vendorFor(UUID tenantId, ProspectDomain vendorOrNull) {
        return vendorOrNull != null ? Mono.just(vendorOrNull.value())
                : vendors.vendorOf(tenantId).switchIfEmpty(Mono.error(VendorUnknown::new));
    }

    private Mono<Requested> reuse(UUID tenantId, String vendor, String prospect) {
        return playbooks.recent(tenantId, vendor, prospect, now().minus(reuseWithin))
                .flatMap(id -> runs.latestOf(tenantId, id).map(run -> new Requested(id, run, false))
                        .defaultIfEmpty(new Requested(id, null, false)))
                .switchIfEmpty(Mono.defer(() -> runs.inFlight(tenantId, vendor, prospect)
                        .map(run -> new Requested(run.playbookId(), run, false))));
    }

    /** Starts a new run for a failed one, writing the same playbook; empty when the run is unknown to the tenant. */
    public Mono<PlaybookRun> retry(UUID tenantId, UUID playbookId, UUID runId) {
        return runs.find(tenantId, runId).filter(run -> run.playbookId().equals(playbookId))
                .flatMap(failed -> {
                    if (failed.status() != RunStatus.failed) {
                        return Mono.error(new NotRetryable(failed));
                    }
                    PlaybookRun run = PlaybookRun.queued(UUID.randomUUID(), tenantId, failed.playbookId(), failed.vendorDomain(),
                            failed.prospectDomain(), now(), failed.batchId());
                    return runs.add(run).doOnSuccess(ignored -> queue.submit(run)).thenReturn(run);
                });
    }

    public Mono<PlaybookRun> run(UUID tenantId, UUID playbookId, UUID runId) {
        return runs.find(tenantId, runId).filter(run -> run.playbookId().equals(playbookId));
    }

    public Mono<PlaybookRun> latestRun(UUID tenantId, UUID playbookId) {
        return runs.latestOf(tenantId, playbookId);
    }

    public Mono<Boolean> delete(UUID tenantId, UUID playbookId) {
        return playbooks.softDelete(tenantId, playbookId, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
