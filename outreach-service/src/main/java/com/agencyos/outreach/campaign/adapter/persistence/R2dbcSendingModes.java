package com.agencyos.outreach.campaign.adapter.persistence;

import com.agencyos.outreach.campaign.application.SendingModes;
import com.agencyos.outreach.campaign.domain.SendingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcSendingModes implements SendingModes {

    private final DatabaseClient db;

    R2dbcSendingModes(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<SendingMode> ofTenant(UUID tenantId) {
        return db.sql("SELECT mode FROM tenant_sending_mode WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> SendingMode.fromWire(row.get("mode", String.class)))
                .one()
                .defaultIfEmpty(SendingMode.DRAFT_ONLY);
    }

    @Override
    public Mono<Void> setForTenant(UUID tenantId, SendingMode mode, Instant now) {
        return db.sql("""
                INSERT INTO tenant_sending_mode (tenant_id, mode, updated_at) VALUES (:tenantId, :mode, :now)
                ON CONFLICT (tenant_id) DO UPDATE SET mode = EXCLUDED.mode, updated_at = EXCLUDED.updated_at""")
                .bind("tenantId", tenantId)
                .bind("mode", mode.wireName())
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Boolean> setForCampaign(UUID tenantId, UUID campaignId, SendingMode mode) {
        return db.sql("UPDATE campaign SET sending_mode = :mode WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL")
                .bind("tenantId", tenantId)
                .bind("id", campaignId)
                .bind("mode", mode.wireName())
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }
}
