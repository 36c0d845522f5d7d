package com.agencyos.outreach.enrollment.adapter.persistence;

import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bind;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bindTime;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.time;

import com.agencyos.outreach.enrollment.application.EnrolledLead;
import com.agencyos.outreach.enrollment.application.Enrollments;
import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentThread;
import com.agencyos.outreach.enrollment.domain.EnrollmentStatus;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEnrollments implements Enrollments {

    private static final String COLUMNS = """
            e.id, e.tenant_id, e.lead_id, e.campaign_id, e.status, e.reason, e.current_step, e.tier, e.score,
            e.created_at, e.enrolled_at, e.stopped_at, e.paused_until""";

    private final DatabaseClient db;

    R2dbcEnrollments(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(Enrollment e) {
        var spec = db.sql("""
                INSERT INTO enrollment (id, tenant_id, lead_id, campaign_id, status, reason, current_step, tier, score,
                                        created_at, enrolled_at, stopped_at, paused_until)
                VALUES (:id, :tenantId, :leadId, :campaignId, :status, :reason, :step, :tier, :score, :createdAt,
                        :enrolledAt, :stoppedAt, :pausedUntil)
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason,
                    current_step = EXCLUDED.current_step, tier = EXCLUDED.tier, score = EXCLUDED.score,
                    enrolled_at = EXCLUDED.enrolled_at, stopped_at = EXCLUDED.stopped_at, paused_until = EXCLUDED.paused_until
                WHERE enrollment.tenant_id = EXCLUDED.tenant_id""")
                .bind("id", e.id())
                .bind("tenantId", e.tenantId())
                .bind("leadId", e.leadId())
                .bind("campaignId", e.campaignId())
                .bind("status", e.status().wireName())
                .bind("step", e.currentStep())
                .bind("tier", e.tier())
                .bind("score", e.score());
        spec = bind(spec, "reason", e.reason(), String.class);
        spec = bindTime(spec, "createdAt", e.createdAt());
        spec = bindTime(spec, "enrolledAt", e.enrolledAt());
        spec = bindTime(spec, "stoppedAt", e.stoppedAt());
        spec = bindTime(spec, "pausedUntil", e.pausedUntil());
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Enrollment> find(UUID tenantId, UUID leadId, UUID campaignId) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM enrollment e
                WHERE e.tenant_id = :tenantId AND e.lead_id = :leadId AND e.campaign_id = :campaignId""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .bind("campaignId", campaignId)
                .map(R2dbcEnrollments::enrollment)
                .one();
    }

    @Override
    public Flux<Enrollment> ofLead(UUID tenantId, UUID leadId) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM enrollment e
                WHERE e.tenant_id = :tenantId AND e.lead_id = :leadId ORDER BY e.created_at, e.id""")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(R2dbcEnrollments::enrollment)
                .all();
    }

    @Override
    public Flux<EnrolledLead> inCampaign(UUID tenantId, UUID campaignId, int limit) {
        return db.sql("SELECT " + COLUMNS + """
                , l.email, l.first_name, l.last_name, l.company_name
                 FROM enrollment e
                 LEFT JOIN lead l ON l.lead_id = e.lead_id AND l.tenant_id = e.tenant_id
                WHERE e.tenant_id = :tenantId AND e.campaign_id = :campaignId
                ORDER BY e.created_at, e.id
                LIMIT :limit""")
                .bind("tenantId", tenantId)
                .bind("campaignId", campaignId)
                .bind("limit", limit)
                .map(row -> new EnrolledLead(enrollment(row), row.get("email", String.class),
                        row.get("first_name", String.class), row.get("last_name", String.class),
                        row.get("company_name", String.class)))
                .all();
    }

    @Override
    public Mono<Enrollment> lock(UUID enrollmentId) {
        return db.sql("SELECT " + COLUMNS + " FROM enrollment e WHERE e.id = :id FOR UPDATE")
                .bind("id", enrollmentId)
                .map(R2dbcEnrollments::enrollment)
                .one();
    }

    @Override
    public Mono<EnrollmentThread> thread(UUID enrollmentId) {
        return db.sql("SELECT resource_id, thread_message_id, last_message_id, thread_subject FROM enrollment WHERE id = :id")
                .bind("id", enrollmentId)
                .map(row -> new EnrollmentThread(row.get("resource_id", UUID.class), row.get("thread_message_id", String.class),
                        row.get("last_message_id", String.class), row.get("thread_subject", String.class)))
                .one();
    }

    @Override
    public Mono<Void> lockPlaybookWaits(UUID tenantId) {
        return db.sql("SELECT pg_advisory_xact_lock(hashtext(:key)) IS NULL AS locked")
                .bind("key", "outreach.playbook-wait:" + tenantId)
                .map(row -> row.get("locked", Boolean.class)).one().then();
    }

    @Override
    public Flux<Enrollment> lockWaiting(UUID tenantId, List<UUID> leadIds, String companyDomain) {
        return db.sql("SELECT " + COLUMNS + """
                 FROM enrollment e
                 LEFT JOIN lead l ON l.lead_id = e.lead_id AND l.tenant_id = e.tenant_id
                WHERE e.tenant_id = :tenantId AND e.status = 'waiting'
                  AND (e.lead_id = ANY(:leadIds) OR lower(l.company_domain) = lower(:domain))
                ORDER BY e.created_at, e.id
                  FOR UPDATE OF e""")
                .bind("tenantId", tenantId)
                .bind("leadIds", leadIds.toArray(UUID[]::new))
                .bind("domain", companyDomain == null ? "" : companyDomain.strip())
                .map(R2dbcEnrollments::enrollment)
                .all();
    }

    @Override
    public Mono<Void> recordThread(UUID enrollmentId, EnrollmentThread thread) {
        var spec = db.sql("""
                UPDATE enrollment SET resource_id = :resourceId, thread_message_id = :first, last_message_id = :last,
                       thread_subject = :subject
                 WHERE id = :id""")
                .bind("id", enrollmentId);
        spec = bind(spec, "resourceId", thread.resourceId(), UUID.class);
        spec = bind(spec, "first", thread.firstMessageId(), String.class);
        spec = bind(spec, "last", thread.lastMessageId(), String.class);
        spec = bind(spec, "subject", thread.subject(), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    private static Enrollment enrollment(Readable row) {
        return new Enrollment(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                row.get("lead_id", UUID.class), row.get("campaign_id", UUID.class),
                EnrollmentStatus.fromWire(row.get("status", String.class)), row.get("reason", String.class),
                row.get("current_step", Integer.class), row.get("tier", String.class),
                row.get("score", Double.class), time(row, "created_at"), time(row, "enrolled_at"),
                time(row, "stopped_at"), time(row, "paused_until"));
    }
}
