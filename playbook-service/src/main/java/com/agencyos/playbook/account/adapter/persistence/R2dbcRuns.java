package com.agencyos.playbook.account.adapter.persistence;

import com.agencyos.playbook.account.application.Runs;
import com.agencyos.playbook.account.domain.PlaybookRun;
import com.agencyos.playbook.account.domain.RunStatus;
import com.agencyos.playbook.account.domain.RunStep;
import com.agencyos.platform.events.EventJson;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcRuns implements Runs {

    private static final String COLUMNS = """
            id, tenant_id, playbook_id, vendor_domain, prospect_domain, status, current_step, percent_done,
            steps::text AS steps, error, created_at, finished_at, batch_id""";

    private final DatabaseClient db;

    R2dbcRuns(DatabaseClient db) {
        this.db = db;
    }

    /** The step records as stored. */
    record Steps(List<PlaybookRun.StepRecord> steps) {
    }

    @Override
    public Mono<Void> add(PlaybookRun run) {
        var spec = db.sql("""
                INSERT INTO playbook_run (id, tenant_id, playbook_id, vendor_domain, prospect_domain, status, percent_done,
                                          steps, created_at, batch_id)
                VALUES (:id, :tenantId, :playbookId, :vendor, :prospect, :status, :percent, CAST(:steps AS jsonb),
                        :createdAt, :batchId)""")
                .bind("id", run.id())
                .bind("tenantId", run.tenantId())
                .bind("playbookId", run.playbookId())
                .bind("vendor", run.vendorDomain())
                .bind("prospect", run.prospectDomain())
                .bind("status", run.status().name())
                .bind("percent", run.percentDone())
                .bind("steps", EventJson.write(new Steps(run.steps())))
                .bind("createdAt", utc(run.createdAt()));
        spec = run.batchId() == null ? spec.bindNull("batchId", UUID.class) : spec.bind("batchId", run.batchId());
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> save(PlaybookRun run) {
        var spec = db.sql("""
                UPDATE playbook_run SET status = :status, current_step = :step, percent_done = :percent,
                       steps = CAST(:steps AS jsonb), error = :error, finished_at = :finishedAt
                WHERE id = :id""")
                .bind("id", run.id())
                .bind("status", run.status().name())
                .bind("percent", run.percentDone())
                .bind("steps", EventJson.write(new Steps(run.steps())));
        spec = run.currentStep() == null ? spec.bindNull("step", String.class) : spec.bind("step", run.currentStep().name());
        spec = run.error() == null ? spec.bindNull("error", String.class) : spec.bind("error", run.error());
        spec = run.finishedAt() == null ? spec.bindNull("finishedAt", OffsetDateTime.class)
                : spec.bind("finishedAt", utc(run.finishedAt()));
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Mono<PlaybookRun> find(UUID tenantId, UUID runId) {
        return db.sql("SELECT " + COLUMNS + " FROM playbook_run WHERE tenant_id = :tenantId AND id = :id")
                .bind("tenantId", tenantId).bind("id", runId).map(R2dbcRuns::run).one();
    }

    @Override
    public Mono<PlaybookRun> latestOf(UUID tenantId, UUID playbookId) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM playbook_run WHERE tenant_id = :tenantId AND playbook_id = :playbookId
                ORDER BY created_at DESC, id LIMIT 1""")
                .bind("tenantId", tenantId).bind("playbookId", playbookId).map(R2dbcRuns::run).one();
    }

    @Override
    public Mono<PlaybookRun> inFlight(UUID tenantId, String vendorDomain, String prospectDomain) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM playbook_run WHERE tenant_id = :tenantId AND vendor_domain = :vendor
                  AND prospect_domain = :prospect AND status IN ('queued', 'running')
                ORDER BY created_at DESC, id LIMIT 1""")
                .bind("tenantId", tenantId).bind("vendor", vendorDomain).bind("prospect", prospectDomain)
                .map(R2dbcRuns::run).one();
    }

    @Override
    public Flux<PlaybookRun> queued() {
        return db.sql("SELECT " + COLUMNS + " FROM playbook_run WHERE status = 'queued' ORDER BY created_at, id LIMIT 200")
                .map(R2dbcRuns::run).all();
    }

    @Override
    public Flux<PlaybookRun> unfinished() {
        return db.sql("SELECT " + COLUMNS + " FROM playbook_run WHERE status IN ('queued', 'running') ORDER BY created_at, id")
                .map(R2dbcRuns::run).all();
    }

    @Override
    public Mono<Void> lockRequestsFor(UUID tenantId, String vendorDomain, String prospectDomain) {
        return db.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 7)) AS locked")
                .bind("key", tenantId + "|" + vendorDomain + "|" + prospectDomain)
                .fetch().rowsUpdated().then();
    }

    private static PlaybookRun run(Readable row) {
        String step = row.get("current_step", String.class);
        OffsetDateTime finished = row.get("finished_at", OffsetDateTime.class);
        Steps steps = EventJson.read(row.get("steps", String.class), Steps.class);
        return new PlaybookRun(row.get("id", UUID.class), row.get("tenant_id", UUID.class), row.get("playbook_id", UUID.class),
                row.get("vendor_domain", String.class), row.get("prospect_domain", String.class),
                RunStatus.valueOf(row.get("status", String.class)),
                step == null ? null : Arrays.stream(RunStep.values()).filter(s -> s.name().equals(step)).findFirst().orElse(null),
                row.get("percent_done", Integer.class), steps.steps(), row.get("error", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                row.get("batch_id", UUID.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
