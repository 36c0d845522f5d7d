package com.agencyos.ingest.touch.adapter.persistence;

import com.agencyos.ingest.touch.application.SentTouches;
import com.agencyos.ingest.touch.domain.SentTouch;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcSentTouches implements SentTouches {

    private final DatabaseClient db;

    R2dbcSentTouches(DatabaseClient db) {
        this.db = db;
    }

    /**
     * A touch is immutable once sent, so a second record of it changes nothing. Two touches claiming one
     * Message-ID violate the unique index and fail loudly: matching a reply to the wrong lead would be worse.
     */
    @Override
    public Mono<Void> save(SentTouch touch) {
        var spec = db.sql("""
                INSERT INTO touch_message (touch_id, tenant_id, lead_id, campaign_id, channel, mode, message_id,
                                           recipient, sent_at)
                VALUES (:touchId, :tenantId, :leadId, :campaignId, :channel, :mode, :messageId, :recipient, :sentAt)
                ON CONFLICT (touch_id) DO NOTHING""")
                .bind("touchId", touch.touchId())
                .bind("tenantId", touch.tenantId())
                .bind("leadId", touch.leadId())
                .bind("channel", touch.channel())
                .bind("recipient", touch.recipient());
        spec = touch.campaignId() == null ? spec.bindNull("campaignId", UUID.class) : spec.bind("campaignId", touch.campaignId());
        spec = touch.mode() == null ? spec.bindNull("mode", String.class) : spec.bind("mode", touch.mode());
        spec = touch.messageId() == null ? spec.bindNull("messageId", String.class) : spec.bind("messageId", touch.messageId());
        spec = touch.sentAt() == null ? spec.bindNull("sentAt", OffsetDateTime.class)
                : spec.bind("sentAt", touch.sentAt().atOffset(ZoneOffset.UTC));
        return spec.fetch().rowsUpdated().then();
    }
}
