package com.agencyos.scoring.score.adapter.persistence;

import com.agencyos.scoring.score.application.RescoreJob;
import com.agencyos.scoring.score.application.ScoringPorts.RescoreJobs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcRescoreJobs implements RescoreJobs {

    private final DatabaseClient db;

    R2dbcRescoreJobs(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> create(RescoreJob job) {
        return db.sql("""
                INSERT INTO rescore_job (job_id, tenant_id, status, total, done, started_at)
                VALUES (:jobId, :tenantId, :status, :total, 0, :startedAt)""")
                .bind("jobId", job.jobId()).bind("tenantId", job.tenantId()).bind("status", job.status().name())
                .bind("total", job.total()).bind("startedAt", job.startedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> advance(UUID jobId, long leads) {
        return db.sql("UPDATE rescore_job SET done = done + :leads WHERE job_id = :jobId")
                .bind("leads", leads).bind("jobId", jobId)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> finish(UUID jobId, RescoreJob.Status status, Instant at, String error) {
        var spec = db.sql("UPDATE rescore_job SET status = :status, finished_at = :at, error = :error WHERE job_id = :jobId")
                .bind("status", status.name()).bind("at", at.atOffset(ZoneOffset.UTC)).bind("jobId", jobId);
        spec = error == null ? spec.bindNull("error", String.class) : spec.bind("error", error);
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Mono<RescoreJob> find(UUID tenantId, UUID jobId) {
        return db.sql("""
                SELECT job_id, tenant_id, status, total, done, started_at, finished_at, error FROM rescore_job
                WHERE tenant_id = :tenantId AND job_id = :jobId""")
                .bind("tenantId", tenantId).bind("jobId", jobId)
                .map(row -> {
                    OffsetDateTime finished = row.get("finished_at", OffsetDateTime.class);
                    return new RescoreJob(row.get("job_id", UUID.class), row.get("tenant_id", UUID.class),
                            RescoreJob.Status.valueOf(row.get("status", String.class)), row.get("total", Long.class),
                            row.get("done", Long.class), row.get("started_at", OffsetDateTime.class).toInstant(),
                            finished == null ? null : finished.toInstant(), row.get("error", String.class));
                })
                .one();
    }
}
