package com.agencyos.outreach.enrollment.adapter.persistence;

import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bind;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bindTime;

import com.agencyos.outreach.enrollment.application.Replies;
import com.agencyos.outreach.enrollment.domain.ReplyReceived;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcReplies implements Replies {

    private final DatabaseClient db;

    R2dbcReplies(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> record(ReplyReceived reply, String stopReason, long stoppedEnrollments, Instant recordedAt) {
        var spec = db.sql("""
                INSERT INTO reply (reply_id, tenant_id, lead_id, touch_id, campaign_id, channel, intent, confidence,
                                   received_at, stop_reason, stopped_enrollments, recorded_at, return_date)
                VALUES (:replyId, :tenantId, :leadId, :touchId, :campaignId, :channel, :intent, :confidence,
                        :receivedAt, :stopReason, :stopped, :recordedAt, :returnDate)
                ON CONFLICT (reply_id) DO NOTHING""")
                .bind("replyId", reply.replyId())
                .bind("tenantId", reply.tenantId())
                .bind("channel", reply.channel())
                .bind("intent", reply.intent())
                .bind("confidence", reply.confidence())
                .bind("stopped", (int) stoppedEnrollments);
        spec = bind(spec, "leadId", reply.leadId(), UUID.class);
        spec = bind(spec, "touchId", reply.touchId(), UUID.class);
        spec = bind(spec, "campaignId", reply.campaignId(), UUID.class);
        spec = bind(spec, "stopReason", stopReason, String.class);
        spec = bindTime(spec, "receivedAt", reply.receivedAt());
        spec = bindTime(spec, "recordedAt", recordedAt);
        spec = bind(spec, "returnDate", reply.returnDate(), LocalDate.class);
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }
}
