package com.agencyos.ingest.reply.adapter.persistence;

import com.agencyos.ingest.reply.application.Replies;
import com.agencyos.ingest.reply.domain.Reply;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcReplies implements Replies {

    private final DatabaseClient db;

    R2dbcReplies(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insertIfNew(Reply reply, byte[] rawBody) {
        var inbound = reply.inbound();
        var match = reply.match();
        var verdict = reply.classification();
        var spec = db.sql("""
                INSERT INTO reply (reply_id, tenant_id, channel, provider_ref, sender, subject, lead_id, touch_id, campaign_id,
                                   matched_by, intent, confidence, return_date, classifier, excerpt, raw_body, received_at)
                VALUES (:replyId, :tenantId, :channel, :providerRef, :sender, :subject, :leadId, :touchId, :campaignId,
                        :matchedBy, :intent, :confidence, :returnDate, :classifier, :excerpt, :rawBody, :receivedAt)
                ON CONFLICT (tenant_id, channel, provider_ref) DO NOTHING""")
                .bind("replyId", reply.replyId())
                .bind("tenantId", reply.tenantId())
                .bind("channel", inbound.channel())
                .bind("providerRef", inbound.providerRef())
                .bind("intent", verdict.intent().wireName())
                .bind("confidence", verdict.confidence())
                .bind("classifier", verdict.classifier())
                .bind("excerpt", verdict.excerpt())
                .bind("rawBody", ByteBuffer.wrap(rawBody))
                .bind("receivedAt", reply.receivedAt().atOffset(ZoneOffset.UTC));
        spec = bindNullable(spec, "sender", inbound.sender(), String.class);
        spec = bindNullable(spec, "subject", inbound.subject(), String.class);
        spec = bindNullable(spec, "leadId", match.leadId(), UUID.class);
        spec = bindNullable(spec, "touchId", match.touchId(), UUID.class);
        spec = bindNullable(spec, "campaignId", match.campaignId(), UUID.class);
        spec = bindNullable(spec, "matchedBy", match.matchedBy(), String.class);
        spec = bindNullable(spec, "returnDate", verdict.returnDate(), LocalDate.class);
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
            T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    @Override
    public Mono<UUID> replyIdOf(UUID tenantId, String channel, String providerRef) {
        return db.sql("SELECT reply_id FROM reply WHERE tenant_id = :tenantId AND channel = :channel AND provider_ref = :ref")
                .bind("tenantId", tenantId)
                .bind("channel", channel)
                .bind("ref", providerRef)
                .map(row -> row.get("reply_id", UUID.class))
                .one();
    }

    @Override
    public Flux<StoredReply> list(UUID tenantId, Boolean matched, int limit) {
        String filter = matched == null ? "" : matched ? " AND lead_id IS NOT NULL" : " AND lead_id IS NULL";
        return db.sql("""
                SELECT reply_id, lead_id, touch_id, channel, sender, subject, matched_by, intent, confidence, return_date,
                       excerpt, received_at
                FROM reply WHERE tenant_id = :tenantId""" + filter + " ORDER BY received_at DESC LIMIT :limit")
                .bind("tenantId", tenantId)
                .bind("limit", limit)
                .map(row -> new StoredReply(row.get("reply_id", UUID.class), row.get("lead_id", UUID.class),
                        row.get("touch_id", UUID.class), row.get("channel", String.class), row.get("sender", String.class),
                        row.get("subject", String.class), row.get("matched_by", String.class), row.get("intent", String.class),
                        row.get("confidence", Double.class), row.get("return_date", LocalDate.class),
                        row.get("excerpt", String.class), row.get("received_at", OffsetDateTime.class).toInstant()))
                .all();
    }
}
