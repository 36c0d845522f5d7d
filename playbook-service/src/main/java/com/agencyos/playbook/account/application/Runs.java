package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.PlaybookRun;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where generation runs and their step records are kept. */
public interface Runs {

    Mono<Void> add(PlaybookRun run);

    /** Saves the run's current state (status, step, percent, steps, error). */
    Mono<Void> save(PlaybookRun run);

    Mono<PlaybookRun> find(UUID tenantId, UUID runId);

    Mono<PlaybookRun> latestOf(UUID tenantId, UUID playbookId);

    /** The queued or running run of these sites for the tenant, if any. */
    Mono<PlaybookRun> inFlight(UUID tenantId, String vendorDomain, String prospectDomain);

    /** Runs waiting for a slot, oldest first (at most 200). */
    Flux<PlaybookRun> queued();

    /** Runs a stopped service left queued or running, oldest first. */
    Flux<PlaybookRun> unfinished();

    /** Serialises requests for the same sites of a tenant until the caller's transaction ends. */
    Mono<Void> lockRequestsFor(UUID tenantId, String vendorDomain, String prospectDomain);
}
