package com.agencyos.outreach.enrollment.adapter.persistence;

import com.agencyos.outreach.enrollment.application.ScheduledTouches;
import com.agencyos.outreach.enrollment.application.ScheduledTouches.Interrupted;
import com.agencyos.outreach.enrollment.domain.ScheduledTouch;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcScheduledTouches implements ScheduledTouches {

    private final DatabaseClient db;

    R2dbcScheduledTouches(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> schedule(ScheduledTouch t, Instant now) {
        var spec = db.sql("""
                INSERT INTO scheduled_touch (id, tenant_id, enrollment_id, step, due_at, status, attempts, traceparent, created_at,
                                             updated_at)
                VALUES (:id, :tenantId, :enrollmentId, :step, :dueAt, 'due', 0, :traceparent, :now, :now)
                ON CONFLICT (enrollment_id, step) DO NOTHING""")
                .bind("id", t.id())
                .bind("tenantId", t.tenantId())
                .bind("enrollmentId", t.enrollmentId())
                .bind("step", t.step())
                .bind("dueAt", t.dueAt().atOffset(ZoneOffset.UTC))
                .bind("now", now.atOffset(ZoneOffset.UTC));
        return (t.traceparent() == null ? spec.bindNull("traceparent", String.class) : spec.bind("traceparent", t.traceparent()))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<ScheduledTouch> claimNextDue(Instant now) {
        return db.sql("""
                SELECT id, tenant_id, enrollment_id, step, due_at, attempts, traceparent FROM scheduled_touch
                 WHERE status = 'due' AND due_at <= :now
                 ORDER BY due_at
                 LIMIT 1
                 FOR UPDATE SKIP LOCKED""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .map(row -> new ScheduledTouch(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("enrollment_id", UUID.class), row.get("step", Integer.class),
                        row.get("due_at", OffsetDateTime.class).toInstant(), row.get("attempts", Integer.class),
                        row.get("traceparent", String.class)))
                .one();
    }

    @Override
    public Mono<ScheduledTouch> handedOverIn(UUID tenantId, UUID taskId) {
        return db.sql("""
                SELECT id, tenant_id, enrollment_id, step, due_at, attempts, traceparent FROM scheduled_touch
                 WHERE tenant_id = :tenantId AND task_id = :taskId AND status = 'task'
                 FOR UPDATE""")
                .bind("tenantId", tenantId)
                .bind("taskId", taskId)
                .map(row -> new ScheduledTouch(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("enrollment_id", UUID.class), row.get("step", Integer.class),
                        row.get("due_at", OffsetDateTime.class).toInstant(), row.get("attempts", Integer.class),
                        row.get("traceparent", String.class)))
                .one();
    }

    @Override
    public Mono<Void> done(UUID id, UUID touchId, Instant now) {
        return db.sql("UPDATE scheduled_touch SET status = 'done', touch_id = :touchId, reason = NULL, updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("touchId", touchId)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> skip(ScheduledTouch t, String reason, Instant now) {
        return db.sql("UPDATE scheduled_touch SET status = 'skipped', reason = :reason, updated_at = :now WHERE id = :id")
                .bind("id", t.id())
                .bind("reason", reason)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .then(history(t, "skipped", reason, now));
    }

    @Override
    public Mono<Void> reschedule(ScheduledTouch t, Instant dueAt, String reason, Instant now) {
        return db.sql("""
                UPDATE scheduled_touch SET due_at = :dueAt, attempts = attempts + 1, reason = :reason, updated_at = :now
                 WHERE id = :id""")
                .bind("id", t.id())
                .bind("dueAt", dueAt.atOffset(ZoneOffset.UTC))
                .bind("reason", reason)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .then(history(t, "rescheduled", reason, now));
    }

    @Override
    public Mono<Void> failed(UUID id, String error, Instant retryAt, int maxAttempts, Instant now) {
        return db.sql("""
                UPDATE scheduled_touch
                   SET attempts = attempts + 1, reason = :error, due_at = :retryAt, updated_at = :now,
                       status = CASE WHEN attempts + 1 >= :max THEN 'failed' ELSE status END
                 WHERE id = :id AND status = 'due'""")
                .bind("id", id)
                .bind("error", error)
                .bind("retryAt", retryAt.atOffset(ZoneOffset.UTC))
                .bind("max", maxAttempts)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> sending(UUID id, UUID touchId, Instant now) {
        return db.sql("UPDATE scheduled_touch SET status = 'sending', touch_id = :touchId, reason = NULL, updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("touchId", touchId)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> sendFailed(UUID id, String error, Instant retryAt, int maxAttempts, Instant now) {
        return db.sql("""
                UPDATE scheduled_touch
                   SET attempts = attempts + 1, reason = :error, due_at = :retryAt, updated_at = :now, touch_id = NULL,
                       status = CASE WHEN attempts + 1 >= :max THEN 'failed' ELSE 'due' END
                 WHERE id = :id AND status = 'sending'""")
                .bind("id", id)
                .bind("error", error)
                .bind("retryAt", retryAt.atOffset(ZoneOffset.UTC))
                .bind("max", maxAttempts)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Interrupted> claimInterrupted(Instant before) {
        return db.sql("""
                SELECT id, tenant_id, enrollment_id, step, due_at, attempts, traceparent, touch_id FROM scheduled_touch
                 WHERE status = 'sending' AND updated_at < :before
                 ORDER BY updated_at
                 LIMIT 1
                 FOR UPDATE SKIP LOCKED""")
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .map(row -> new Interrupted(new ScheduledTouch(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("enrollment_id", UUID.class), row.get("step", Integer.class),
                        row.get("due_at", OffsetDateTime.class).toInstant(), row.get("attempts", Integer.class),
                        row.get("traceparent", String.class)), row.get("touch_id", UUID.class)))
                .one();
    }

    @Override
    public Mono<Void> unknown(UUID id, String reason, Instant now) {
        return db.sql("UPDATE scheduled_touch SET status = 'unknown', reason = :reason, updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("reason", reason)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> handedToPerson(UUID id, UUID taskId, Instant now) {
        return db.sql("UPDATE scheduled_touch SET status = 'task', task_id = :taskId, reason = :reason, updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("taskId", taskId)
                .bind("reason", "Manual mode: task " + taskId)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> awaitApproval(UUID id, Instant now) {
        return db.sql("UPDATE scheduled_touch SET status = 'awaiting_approval', reason = 'Waiting for approval', updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> dueAgain(UUID id, Instant now) {
        return db.sql("""
                UPDATE scheduled_touch SET status = 'due', due_at = :now, reason = NULL, updated_at = :now
                 WHERE id = :id AND status = 'awaiting_approval'""")
                .bind("id", id)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    private Mono<Void> history(ScheduledTouch t, String outcome, String reason, Instant now) {
        return db.sql("""
                INSERT INTO touch_skip (id, tenant_id, enrollment_id, step, outcome, reason, recorded_at)
                VALUES (:id, :tenantId, :enrollmentId, :step, :outcome, :reason, :now)""")
                .bind("id", UUID.randomUUID())
                .bind("tenantId", t.tenantId())
                .bind("enrollmentId", t.enrollmentId())
                .bind("step", t.step())
                .bind("outcome", outcome)
                .bind("reason", reason)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }
}
