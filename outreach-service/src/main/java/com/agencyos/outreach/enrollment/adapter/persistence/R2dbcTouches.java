package com.agencyos.outreach.enrollment.adapter.persistence;

import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bind;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bindTime;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.time;

import com.agencyos.outreach.enrollment.application.Touches;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.outreach.enrollment.domain.TouchMode;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTouches implements Touches {

    private final DatabaseClient db;

    R2dbcTouches(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> addIfStepIsNew(Touch t) {
        var spec = db.sql("""
                INSERT INTO touch (id, tenant_id, lead_id, campaign_id, enrollment_id, step, variant, channel, mode, resource_id,
                                   message_id, in_reply_to, recipient, subject, body, created_at, cost_micros, delivery)
                VALUES (:id, :tenantId, :leadId, :campaignId, :enrollmentId, :step, :variant, :channel, :mode, :resourceId,
                        :messageId, :inReplyTo, :recipient, :subject, :body, :createdAt, :costMicros, :delivery)
                ON CONFLICT (enrollment_id, step) DO NOTHING""")
                .bind("id", t.id())
                .bind("tenantId", t.tenantId())
                .bind("leadId", t.leadId())
                .bind("campaignId", t.campaignId())
                .bind("enrollmentId", t.enrollmentId())
                .bind("step", t.step())
                .bind("channel", t.channel().wireName())
                .bind("mode", t.mode().wireName())
                .bind("resourceId", t.resourceId())
                .bind("recipient", t.to())
                .bind("body", t.body())
                .bind("costMicros", t.costMicros())
                .bind("delivery", t.mode() == TouchMode.SENT ? "sending" : "draft");
        spec = bind(spec, "messageId", t.messageId(), String.class);
        spec = bind(spec, "subject", t.subject(), String.class);
        spec = bind(spec, "variant", t.variant(), String.class);
        spec = bind(spec, "inReplyTo", t.inReplyTo(), String.class);
        spec = bindTime(spec, "createdAt", t.createdAt());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Touch> find(UUID tenantId, UUID touchId) {
        return db.sql("""
                SELECT id, tenant_id, lead_id, campaign_id, enrollment_id, step, variant, channel, mode, resource_id, message_id, in_reply_to,
                       recipient, subject, body, created_at, cost_micros
                  FROM touch WHERE tenant_id = :tenantId AND id = :id""")
                .bind("tenantId", tenantId)
                .bind("id", touchId)
                .map(row -> new Touch(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("lead_id", UUID.class), row.get("campaign_id", UUID.class),
                        row.get("enrollment_id", UUID.class), row.get("step", Integer.class), row.get("variant", String.class),
                        Channel.fromWire(row.get("channel", String.class)),
                        TouchMode.fromWire(row.get("mode", String.class)), row.get("resource_id", UUID.class),
                        row.get("message_id", String.class), row.get("in_reply_to", String.class), row.get("recipient", String.class),
                        row.get("subject", String.class), row.get("body", String.class), time(row, "created_at"),
                        row.get("cost_micros", Long.class)))
                .one();
    }

    @Override
    public Mono<Boolean> markDelivery(UUID touchId, String delivery, Instant at) {
        return db.sql("UPDATE touch SET delivery = :delivery, delivered_at = :at WHERE id = :id AND delivery = 'sending'")
                .bind("id", touchId)
                .bind("delivery", delivery)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> recordProviderId(UUID touchId, String providerId) {
        return db.sql("UPDATE touch SET provider_id = :providerId WHERE id = :id").bind("id", touchId).bind("providerId", providerId)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> discardUnsent(UUID touchId) {
        return db.sql("DELETE FROM touch WHERE id = :id AND delivery = 'sending'").bind("id", touchId).fetch().rowsUpdated().then();
    }
}
