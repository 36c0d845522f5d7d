package com.agencyos.outreach.campaign.adapter.persistence;

import com.agencyos.outreach.campaign.application.Campaigns;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignOrigin;
import com.agencyos.outreach.campaign.domain.CampaignSettings;
import com.agencyos.outreach.campaign.domain.CampaignStatus;
import com.agencyos.outreach.campaign.domain.ChannelAllocation;
import com.agencyos.outreach.campaign.domain.LeadTier;
import com.agencyos.outreach.campaign.domain.PermissionMode;
import com.agencyos.outreach.campaign.domain.SendingMode;
import com.agencyos.outreach.campaign.domain.SendingWindow;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.Variant;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.platform.events.EventJson;
import io.r2dbc.spi.Readable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

@Repository
class R2dbcCampaigns implements Campaigns {

    private static final String COLUMNS = """
            id, tenant_id, name, origin, sending_mode, created_at, status, permission_mode, minimum_tier,
            channel_allocation::text AS channel_allocation, window_zone, window_days, window_start, window_end,
            wait_for_playbook, sequence_source, sequence_steps::text AS sequence_steps""";
    private static final String VISIBLE = " AND deleted_at IS NULL";

    private final DatabaseClient db;

    R2dbcCampaigns(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> addIfAbsent(Campaign campaign) {
        // No conflict target: both the primary key and the one-inbound-per-tenant index make this a no-op.
        return definition(db.sql("""
                INSERT INTO campaign (id, tenant_id, name, origin, sending_mode, created_at, status, permission_mode,
                                      minimum_tier, channel_allocation, window_zone, window_days, window_start, window_end,
                                      wait_for_playbook, sequence_source, sequence_steps)
                VALUES (:id, :tenantId, :name, :origin, :sendingMode, :createdAt, :status, :permissionMode,
                        :minimumTier, CAST(:channelAllocation AS jsonb), :windowZone, :windowDays, :windowStart, :windowEnd,
                        :waitForPlaybook, :sequenceSource, CAST(:sequenceSteps AS jsonb))
                ON CONFLICT DO NOTHING""")
                .bind("tenantId", campaign.tenantId())
                .bind("origin", campaign.origin().wireName())
                .bind("sendingMode", campaign.sendingMode().wireName())
                .bind("status", campaign.status().wireName())
                .bind("createdAt", campaign.createdAt().atOffset(ZoneOffset.UTC)), campaign)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Boolean> updateDefinition(Campaign campaign, Instant now) {
        return definition(db.sql("""
                UPDATE campaign SET name = :name, permission_mode = :permissionMode, minimum_tier = :minimumTier,
                       channel_allocation = CAST(:channelAllocation AS jsonb), window_zone = :windowZone,
                       window_days = :windowDays, window_start = :windowStart, window_end = :windowEnd,
                       wait_for_playbook = :waitForPlaybook, sequence_source = :sequenceSource,
                       sequence_steps = CAST(:sequenceSteps AS jsonb), updated_at = :now
                 WHERE tenant_id = :tenantId AND id = :id AND status IN ('draft', 'paused') AND deleted_at IS NULL""")
                .bind("tenantId", campaign.tenantId())
                .bind("now", now.atOffset(ZoneOffset.UTC)), campaign)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    private static DatabaseClient.GenericExecuteSpec definition(DatabaseClient.GenericExecuteSpec spec, Campaign c) {
        CampaignSettings s = c.settings();
        SendingWindow w = s.sendingWindow();
        Map<String, Integer> allocation = s.channelAllocation().percentages().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().wireName(), Map.Entry::getValue));
        return spec.bind("id", c.id())
                .bind("name", c.name())
                .bind("permissionMode", s.permissionMode().wireName())
                .bind("minimumTier", s.minimumTier().wireName())
                .bind("channelAllocation", EventJson.write(allocation))
                .bind("windowZone", w.zone().getId())
                .bind("windowDays", w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
                .bind("windowStart", w.start())
                .bind("windowEnd", w.end())
                .bind("waitForPlaybook", s.waitForPlaybook())
                .bind("sequenceSource", c.sequence().source().wireName())
                .bind("sequenceSteps", EventJson.write(c.sequence().source() == Sequence.Source.CUSTOM
                        ? c.sequence().steps().stream().map(StepRow::of).toList() : List.of()));
    }

    @Override
    public Mono<Boolean> updateStatus(UUID tenantId, UUID campaignId, CampaignStatus from, CampaignStatus to, Instant now) {
        return db.sql("""
                UPDATE campaign SET status = :to, updated_at = :now
                 WHERE tenant_id = :tenantId AND id = :id AND status = :from AND deleted_at IS NULL""")
                .bind("to", to.wireName())
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("tenantId", tenantId)
                .bind("id", campaignId)
                .bind("from", from.wireName())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Boolean> softDelete(UUID tenantId, UUID campaignId, Instant now) {
        return db.sql("""
                UPDATE campaign SET status = 'completed', deleted_at = :now, updated_at = :now
                 WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("tenantId", tenantId)
                .bind("id", campaignId)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Long> countCountedActive(UUID tenantId) {
        return db.sql("""
                SELECT count(*) AS n FROM campaign
                 WHERE tenant_id = :tenantId AND status = 'active' AND origin = 'user' AND deleted_at IS NULL""")
                .bind("tenantId", tenantId)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    @Override
    public Mono<Void> lockTenant(UUID tenantId) {
        return db.sql("SELECT pg_advisory_xact_lock(hashtextextended('outreach.campaign-activation:' || :tenantId, 0))")
                .bind("tenantId", tenantId.toString())
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
        return db.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = :tenantId AND id = :id" + VISIBLE)
                .bind("tenantId", tenantId)
                .bind("id", campaignId)
                .map(R2dbcCampaigns::campaign)
                .one();
    }

    @Override
    public Mono<Campaign> findIncludingDeleted(UUID tenantId, UUID campaignId) {
        return db.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = :tenantId AND id = :id")
                .bind("tenantId", tenantId)
                .bind("id", campaignId)
                .map(R2dbcCampaigns::campaign)
                .one();
    }

    @Override
    public Flux<Campaign> of(UUID tenantId) {
        return db.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = :tenantId" + VISIBLE + " ORDER BY created_at, id")
                .bind("tenantId", tenantId)
                .map(R2dbcCampaigns::campaign)
                .all();
    }

    private static Campaign campaign(Readable row) {
        Map<String, Integer> stored = EventJson.mapper().readValue(row.get("channel_allocation", String.class),
                new TypeReference<Map<String, Integer>>() { });
        Map<Channel, Integer> allocation = new EnumMap<>(Channel.class);
        stored.forEach((channel, percent) -> allocation.put(Channel.fromWire(channel), percent));
        SendingWindow window = new SendingWindow(ZoneId.of(row.get("window_zone", String.class)),
                Arrays.stream(row.get("window_days", String.class).split(",")).map(DayOfWeek::valueOf)
                        .collect(Collectors.toSet()),
                row.get("window_start", LocalTime.class), row.get("window_end", LocalTime.class));
        CampaignSettings settings = new CampaignSettings(PermissionMode.fromWire(row.get("permission_mode", String.class)),
                LeadTier.fromWire(row.get("minimum_tier", String.class)), new ChannelAllocation(allocation), window,
                Boolean.TRUE.equals(row.get("wait_for_playbook", Boolean.class)));
        return new Campaign(row.get("id", UUID.class), row.get("tenant_id", UUID.class), row.get("name", String.class),
                CampaignOrigin.fromWire(row.get("origin", String.class)),
                SendingMode.fromWire(row.get("sending_mode", String.class)),
                CampaignStatus.fromWire(row.get("status", String.class)), settings,
                sequence(row.get("sequence_source", String.class), row.get("sequence_steps", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }

    private static Sequence sequence(String source, String stepsJson) {
        return switch (Sequence.Source.fromWire(source)) {
            case BUILT_IN -> Sequence.BUILT_IN;
            case PLAYBOOK -> Sequence.PLAYBOOK;
            case CUSTOM -> new Sequence(Sequence.Source.CUSTOM, EventJson.mapper()
                    .readValue(stepsJson, new TypeReference<List<StepRow>>() { }).stream().map(StepRow::toStep).toList());
        };
    }

    /** A stored custom step; its shape is this table's, not an API's. */
    record StepRow(int day, String channel, List<VariantRow> variants) {

        static StepRow of(SequenceStep step) {
            return new StepRow(step.day(), step.channel().wireName(), step.variants().stream()
                    .map(v -> new VariantRow(v.key(), v.split(), v.subject(), v.body())).toList());
        }

        SequenceStep toStep() {
            return new SequenceStep(day, Channel.fromWire(channel), variants.stream()
                    .map(v -> new Variant(v.key(), v.split(), v.subject(), v.body())).toList());
        }
    }

    record VariantRow(String key, int split, String subject, String body) {
    }
}
