package com.agencyos.outreach.enrollment.adapter.persistence;

import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bind;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bindTime;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.time;

import com.agencyos.outreach.enrollment.application.Tasks;
import com.agencyos.outreach.enrollment.domain.Task;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTasks implements Tasks {

    private static final String COLUMNS = """
            id, tenant_id, kind, status, lead_id, campaign_id, enrollment_id, reply_id, touch_id, title, detail, created_at,
            completed_at, completed_by""";

    private final DatabaseClient db;

    R2dbcTasks(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> open(Task t) {
        var spec = db.sql("""
                INSERT INTO task (id, tenant_id, kind, status, lead_id, campaign_id, enrollment_id, reply_id, touch_id, title,
                                  detail, created_at)
                VALUES (:id, :tenantId, :kind, :status, :leadId, :campaignId, :enrollmentId, :replyId, :touchId, :title,
                        :detail, :createdAt)
                ON CONFLICT (tenant_id, reply_id) WHERE reply_id IS NOT NULL DO NOTHING""")
                .bind("id", t.id())
                .bind("tenantId", t.tenantId())
                .bind("kind", t.kind())
                .bind("status", t.status())
                .bind("leadId", t.leadId())
                .bind("title", t.title());
        spec = bind(spec, "campaignId", t.campaignId(), UUID.class);
        spec = bind(spec, "enrollmentId", t.enrollmentId(), UUID.class);
        spec = bind(spec, "replyId", t.replyId(), UUID.class);
        spec = bind(spec, "touchId", t.touchId(), UUID.class);
        spec = bind(spec, "detail", t.detail(), String.class);
        spec = bindTime(spec, "createdAt", t.createdAt());
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Flux<Task> withStatus(UUID tenantId, String status, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM task WHERE tenant_id = :tenantId AND status = :status ORDER BY created_at, id LIMIT :limit")
                .bind("tenantId", tenantId)
                .bind("status", status)
                .bind("limit", limit)
                .map(R2dbcTasks::task)
                .all();
    }

    @Override
    public Mono<Task> complete(UUID tenantId, UUID taskId, String by, Instant at) {
        return db.sql("""
                UPDATE task SET status = 'done', completed_at = coalesce(completed_at, :at), completed_by = coalesce(completed_by, :by)
                 WHERE tenant_id = :tenantId AND id = :id
                RETURNING\s""" + COLUMNS)
                .bind("tenantId", tenantId)
                .bind("id", taskId)
                .bind("by", by)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .map(R2dbcTasks::task)
                .one();
    }

    private static Task task(Readable row) {
        return new Task(row.get("id", UUID.class), row.get("tenant_id", UUID.class), row.get("kind", String.class),
                row.get("status", String.class), row.get("lead_id", UUID.class), row.get("campaign_id", UUID.class),
                row.get("enrollment_id", UUID.class), row.get("reply_id", UUID.class), row.get("touch_id", UUID.class),
                row.get("title", String.class), row.get("detail", String.class), time(row, "created_at"),
                time(row, "completed_at"), row.get("completed_by", String.class));
    }
}
