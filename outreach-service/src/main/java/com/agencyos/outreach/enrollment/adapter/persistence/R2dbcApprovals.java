package com.agencyos.outreach.enrollment.adapter.persistence;

import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bind;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.time;

import com.agencyos.outreach.enrollment.application.Approvals;
import com.agencyos.outreach.enrollment.domain.Approval;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcApprovals implements Approvals {

    private static final String COLUMNS = """
            a.id, a.tenant_id, a.scheduled_touch_id, a.enrollment_id, a.lead_id, a.campaign_id, a.step, a.variant, a.recipient,
            a.subject, a.body, a.status, a.created_at, a.decided_at, a.decided_by""";

    private final DatabaseClient db;

    R2dbcApprovals(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> open(Approval a) {
        var spec = db.sql("""
                INSERT INTO approval (id, tenant_id, scheduled_touch_id, enrollment_id, lead_id, campaign_id, step, variant, recipient,
                                      subject, body, status, created_at)
                VALUES (:id, :tenantId, :scheduledTouchId, :enrollmentId, :leadId, :campaignId, :step, :variant, :recipient,
                        :subject, :body, :status, :createdAt)
                ON CONFLICT (scheduled_touch_id) DO NOTHING""")
                .bind("id", a.id())
                .bind("tenantId", a.tenantId())
                .bind("scheduledTouchId", a.scheduledTouchId())
                .bind("enrollmentId", a.enrollmentId())
                .bind("leadId", a.leadId())
                .bind("campaignId", a.campaignId())
                .bind("step", a.step())
                .bind("recipient", a.recipient())
                .bind("subject", a.subject())
                .bind("body", a.body())
                .bind("status", a.status())
                .bind("createdAt", a.createdAt().atOffset(ZoneOffset.UTC));
        spec = bind(spec, "variant", a.variant(), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Approval> ofScheduledTouch(UUID scheduledTouchId) {
        return db.sql("SELECT " + COLUMNS + " FROM approval a WHERE a.scheduled_touch_id = :id")
                .bind("id", scheduledTouchId)
                .map(R2dbcApprovals::approval)
                .one();
    }

    @Override
    public Flux<Approval> pending(UUID tenantId, int limit) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM approval a JOIN enrollment e ON e.id = a.enrollment_id
                WHERE a.tenant_id = :tenantId AND a.status = 'pending' AND e.status = 'active'
                ORDER BY a.created_at, a.id
                LIMIT :limit""")
                .bind("tenantId", tenantId)
                .bind("limit", limit)
                .map(R2dbcApprovals::approval)
                .all();
    }

    @Override
    public Mono<Approval> lock(UUID tenantId, UUID approvalId) {
        return db.sql("SELECT " + COLUMNS + " FROM approval a WHERE a.tenant_id = :tenantId AND a.id = :id FOR UPDATE")
                .bind("tenantId", tenantId)
                .bind("id", approvalId)
                .map(R2dbcApprovals::approval)
                .one();
    }

    @Override
    public Mono<Void> decide(UUID approvalId, String status, String subject, String body, String by, Instant at) {
        return db.sql("""
                UPDATE approval SET status = :status, subject = :subject, body = :body, decided_by = :by, decided_at = :at
                 WHERE id = :id AND status = 'pending'""")
                .bind("id", approvalId)
                .bind("status", status)
                .bind("subject", subject)
                .bind("body", body)
                .bind("by", by)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    private static Approval approval(Readable row) {
        return new Approval(row.get("id", UUID.class), row.get("tenant_id", UUID.class), row.get("scheduled_touch_id", UUID.class),
                row.get("enrollment_id", UUID.class), row.get("lead_id", UUID.class), row.get("campaign_id", UUID.class),
                row.get("step", Integer.class), row.get("variant", String.class), row.get("recipient", String.class),
                row.get("subject", String.class), row.get("body", String.class), row.get("status", String.class),
                time(row, "created_at"), time(row, "decided_at"), row.get("decided_by", String.class));
    }
}
