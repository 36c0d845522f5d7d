package com.agencyos.ingest.reply.adapter.persistence;

import com.agencyos.ingest.reply.application.TouchLookup;
import com.agencyos.ingest.reply.domain.ReplyMatch;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads the {@code touch_message} index the {@code touch} feature keeps from {@code touch.sent}. */
@Repository
class R2dbcTouchLookup implements TouchLookup {

    private final DatabaseClient db;

    R2dbcTouchLookup(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ReplyMatch> byMessageId(UUID tenantId, List<String> messageIds) {
        return db.sql("""
                SELECT lead_id, touch_id, campaign_id FROM touch_message
                WHERE tenant_id = :tenantId AND message_id = ANY(:ids)
                ORDER BY array_position(:ids, message_id) LIMIT 1""")
                .bind("tenantId", tenantId)
                .bind("ids", messageIds.toArray(String[]::new))
                .map(row -> match(row, "message_id"))
                .first();
    }

    @Override
    public Mono<ReplyMatch> byTouchId(UUID tenantId, UUID touchId) {
        return db.sql("SELECT lead_id, touch_id, campaign_id FROM touch_message WHERE tenant_id = :tenantId AND touch_id = :touchId")
                .bind("tenantId", tenantId)
                .bind("touchId", touchId)
                .map(row -> match(row, "mailbox_hash"))
                .first();
    }

    @Override
    public Mono<ReplyMatch> latestTo(UUID tenantId, String channel, String recipient) {
        return db.sql("""
                SELECT lead_id, touch_id, campaign_id FROM touch_message
                WHERE tenant_id = :tenantId AND channel = :channel AND lower(recipient) = lower(:recipient)
                ORDER BY sent_at DESC NULLS LAST, indexed_at DESC LIMIT 1""")
                .bind("tenantId", tenantId)
                .bind("channel", channel)
                .bind("recipient", recipient)
                .map(row -> match(row, "sender"))
                .first();
    }

    private static ReplyMatch match(Readable row, String matchedBy) {
        return new ReplyMatch(row.get("lead_id", UUID.class), row.get("touch_id", UUID.class),
                row.get("campaign_id", UUID.class), matchedBy);
    }
}
