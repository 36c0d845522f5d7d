package com.agencyos.outreach.campaign.adapter.persistence;

import com.agencyos.outreach.campaign.application.Campaigns;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignOrigin;
import com.agencyos.outreach.campaign.domain.SendingMode;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCampaigns implements Campaigns {

    private static final String COLUMNS = "id, tenant_id, name, origin, sending_mode, created_at";

    private final DatabaseClient db;

    R2dbcCampaigns(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> addIfAbsent(Campaign campaign) {
        // No conflict target: both the primary key and the one-inbound-per-tenant index make this a no-op.
        return db.sql("""
                INSERT INTO campaign (id, tenant_id, name, origin, sending_mode, created_at)
                VALUES (:id, :tenantId, :name, :origin, :sendingMode, :createdAt)
                ON CONFLICT DO NOTHING""")
                .bind("id", campaign.id())
                .bind("tenantId", campaign.tenantId())
                .bind("name", campaign.name())
                .bind("origin", campaign.origin().wireName())
                .bind("sendingMode", campaign.sendingMode().wireName())
                .bind("createdAt", campaign.createdAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Campaign> inboundOf(UUID tenantId) {
        return db.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = :tenantId AND origin = 'inbound'")
                .bind("tenantId", tenantId)
                .map(R2dbcCampaigns::campaign)
                .one();
    }

    @Override
    public Mono<Campaign> find(UUID tenantId, UUID campaignId) {
        return db.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = :tenantId AND id = :id")
                .bind("tenantId", tenantId)
                .bind("id", campaignId)
                .map(R2dbcCampaigns::campaign)
                .one();
    }

    @Override
    public Flux<Campaign> of(UUID tenantId) {
        return db.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = :tenantId ORDER BY created_at, id")
                .bind("tenantId", tenantId)
                .map(R2dbcCampaigns::campaign)
                .all();
    }

    private static Campaign campaign(Readable row) {
        return new Campaign(row.get("id", UUID.class), row.get("tenant_id", UUID.class), row.get("name", String.class),
                CampaignOrigin.fromWire(row.get("origin", String.class)),
                SendingMode.fromWire(row.get("sending_mode", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
