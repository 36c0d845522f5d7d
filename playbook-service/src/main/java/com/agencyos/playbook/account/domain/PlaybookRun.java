package com.agencyos.playbook.account.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One attempt to research and write a vendor × prospect playbook, with a record of each step. Runs are values:
 * each transition returns the next state.
 *
 * @param playbookId the playbook this run writes (it exists once the run has succeeded)
 * @param currentStep the step running now, or the last one when the run has finished; null before the first
 * @param batchId the batch the run belongs to; null for a single request
 */
public record PlaybookRun(UUID id, UUID tenantId, UUID playbookId, String vendorDomain, String prospectDomain,
        RunStatus status, RunStep currentStep, int percentDone, List<StepRecord> steps, String error,
        Instant createdAt, Instant finishedAt, UUID batchId) {

    public PlaybookRun {
        steps = List.copyOf(steps);
    }

    public static PlaybookRun queued(UUID id, UUID tenantId, UUID playbookId, String vendorDomain, String prospectDomain,
            Instant now, UUID batchId) {
        return new PlaybookRun(id, tenantId, playbookId, vendorDomain, prospectDomain, RunStatus.queued, null, 0,
                List.of(), null, now, null, batchId);
    }

    public PlaybookRun begin(RunStep step) {
        return new PlaybookRun(id, tenantId, playbookId, vendorDomain, prospectDomain, RunStatus.running, step, percentDone,
                steps, null, createdAt, null, batchId);
    }

    public PlaybookRun stepDone(RunStep step, Instant startedAt, long millis, String detail) {
        return withStep(new StepRecord(step, RunStatus.succeeded, startedAt, millis, detail, null), RunStatus.running,
                step.percentDoneAfter(), null, null);
    }

    public PlaybookRun stepFailed(RunStep step, Instant startedAt, long millis, String error, Instant now) {
        return withStep(new StepRecord(step, RunStatus.failed, startedAt, millis, null, error), RunStatus.failed,
                percentDone, step + ": " + error, now);
    }

    public PlaybookRun succeeded(Instant now) {
        return new PlaybookRun(id, tenantId, playbookId, vendorDomain, prospectDomain, RunStatus.succeeded, currentStep, 100,
                steps, null, createdAt, now, batchId);
    }

    private PlaybookRun withStep(StepRecord record, RunStatus next, int percent, String failure, Instant finished) {
        List<StepRecord> all = new ArrayList<>(steps);
        all.add(record);
        return new PlaybookRun(id, tenantId, playbookId, vendorDomain, prospectDomain, next, record.step(), percent, all,
                failure, createdAt, finished, batchId);
    }

    /** One finished step: how long it took and what it found, or why it failed. */
    public record StepRecord(RunStep step, RunStatus status, Instant startedAt, long millis, String detail, String error) {
    }
}
