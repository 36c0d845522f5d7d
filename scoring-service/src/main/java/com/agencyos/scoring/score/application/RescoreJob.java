package com.agencyos.scoring.score.application;

import java.time.Instant;
import java.util.UUID;

/** A tenant-wide rescore running in pages; {@code total} is the number of leads when it started. */
public record RescoreJob(UUID jobId, UUID tenantId, Status status, long total, long done, Instant startedAt,
        Instant finishedAt, String error) {

    public enum Status { RUNNING, COMPLETED, FAILED }

    public int percent() {
        if (total == 0) {
            return status == Status.RUNNING ? 0 : 100;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
