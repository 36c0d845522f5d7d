package com.agencyos.playbook.account.adapter.web;

import com.agencyos.playbook.account.domain.PlaybookRun;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A generation run as the API shows it: {@code status} is {@code queued}, {@code running}, {@code succeeded} or
 * {@code failed}; {@code steps} lists the finished steps with their timings, and {@code error} says why a run failed.
 */
record RunResponse(UUID id, UUID playbookId, String vendorDomain, String prospectDomain, String status, String currentStep,
        int percentDone, List<Step> steps, String error, Instant createdAt, Instant finishedAt, UUID batchId) {

    record Step(String name, String status, Instant startedAt, long millis, String detail, String error) {
    }

    static RunResponse of(PlaybookRun run) {
        return run == null ? null : new RunResponse(run.id(), run.playbookId(), run.vendorDomain(), run.prospectDomain(),
                run.status().name(), run.currentStep() == null ? null : run.currentStep().name(), run.percentDone(),
                run.steps().stream().map(s -> new Step(s.step().name(), s.status().name(), s.startedAt(), s.millis(),
                        s.detail(), s.error())).toList(),
                run.error(), run.createdAt(), run.finishedAt(), run.batchId());
    }
}
