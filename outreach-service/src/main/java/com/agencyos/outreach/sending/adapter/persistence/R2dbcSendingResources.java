package com.agencyos.outreach.sending.adapter.persistence;

import com.agencyos.outreach.sending.application.SendingResources;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.ResourceKind;
import com.agencyos.outreach.sending.domain.SendingResource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcSendingResources implements SendingResources {

    private final DatabaseClient db;

    R2dbcSendingResources(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> addIfAbsent(SendingResource resource) {
        return db.sql("""
                INSERT INTO sending_resource (id, tenant_id, channel, kind, name, created_at)
                VALUES (:id, :tenantId, :channel, :kind, :name, :createdAt)
                ON CONFLICT DO NOTHING""")
                .bind("id", resource.id())
                .bind("tenantId", resource.tenantId())
                .bind("channel", resource.channel().wireName())
                .bind("kind", resource.kind().wireName())
                .bind("name", resource.name())
                .bind("createdAt", resource.createdAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<SendingResource> draftDeskOf(UUID tenantId, Channel channel) {
        return db.sql("""
                SELECT id, tenant_id, channel, kind, name, created_at FROM sending_resource
                WHERE tenant_id = :tenantId AND channel = :channel AND kind = 'draft_desk'""")
                .bind("tenantId", tenantId)
                .bind("channel", channel.wireName())
                .map(row -> new SendingResource(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        Channel.fromWire(row.get("channel", String.class)),
                        ResourceKind.fromWire(row.get("kind", String.class)), row.get("name", String.class),
                        row.get("created_at", OffsetDateTime.class).toInstant()))
                .one();
    }
}
