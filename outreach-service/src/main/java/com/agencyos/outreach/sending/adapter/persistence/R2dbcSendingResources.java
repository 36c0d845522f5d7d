package com.agencyos.outreach.sending.adapter.persistence;

import com.agencyos.outreach.sending.application.SendingResources;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.ResourceKind;
import com.agencyos.outreach.sending.domain.SendingResource;
import com.agencyos.outreach.sending.domain.SmtpSettings;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcSendingResources implements SendingResources {

    private static final String COLUMNS = """
            id, tenant_id, channel, kind, name, address, from_name, domain, smtp_host, smtp_port, smtp_username,
            smtp_starttls, postal_address, daily_limit, warmup_started_on, time_zone, created_at""";

    private final DatabaseClient db;

    R2dbcSendingResources(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> addIfAbsent(SendingResource r) {
        var spec = db.sql("""
                INSERT INTO sending_resource (id, tenant_id, channel, kind, name, address, from_name, domain, smtp_host,
                                              smtp_port, smtp_username, smtp_starttls, postal_address, daily_limit,
                                              warmup_started_on, time_zone, created_at)
                VALUES (:id, :tenantId, :channel, :kind, :name, :address, :fromName, :domain, :smtpHost, :smtpPort,
                        :smtpUsername, :smtpStartTls, :postalAddress, :dailyLimit, :warmup, :timeZone, :createdAt)
                ON CONFLICT DO NOTHING""")
                .bind("id", r.id())
                .bind("tenantId", r.tenantId())
                .bind("channel", r.channel().wireName())
                .bind("kind", r.kind().wireName())
                .bind("name", r.name())
                .bind("smtpStartTls", r.smtp() != null && r.smtp().startTls())
                .bind("dailyLimit", r.dailyLimit())
                .bind("timeZone", r.timeZone().getId())
                .bind("createdAt", r.createdAt().atOffset(ZoneOffset.UTC));
        spec = nullable(spec, "address", r.address(), String.class);
        spec = nullable(spec, "fromName", r.fromName(), String.class);
        spec = nullable(spec, "domain", r.domain(), String.class);
        spec = nullable(spec, "smtpHost", r.smtp() == null ? null : r.smtp().host(), String.class);
        spec = nullable(spec, "smtpPort", r.smtp() == null ? null : r.smtp().port(), Integer.class);
        spec = nullable(spec, "smtpUsername", r.smtp() == null ? null : r.smtp().username(), String.class);
        spec = nullable(spec, "postalAddress", r.postalAddress(), String.class);
        spec = nullable(spec, "warmup", r.warmupStartedOn(), LocalDate.class);
        return spec.fetch().rowsUpdated().then();
    }

    private static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name, T value,
            Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    @Override
    public Mono<SendingResource> draftDeskOf(UUID tenantId, Channel channel) {
        return db.sql("SELECT " + COLUMNS + " FROM sending_resource WHERE tenant_id = :tenantId AND channel = :channel"
                        + " AND kind = 'draft_desk'")
                .bind("tenantId", tenantId)
                .bind("channel", channel.wireName())
                .map(R2dbcSendingResources::resource)
                .one();
    }

    @Override
    public Flux<SendingResource> of(UUID tenantId) {
        return db.sql("SELECT " + COLUMNS + " FROM sending_resource WHERE tenant_id = :tenantId AND kind <> 'draft_desk'"
                        + " AND disabled_at IS NULL ORDER BY created_at, id")
                .bind("tenantId", tenantId)
                .map(R2dbcSendingResources::resource)
                .all();
    }

    @Override
    public Mono<SendingResource> find(UUID tenantId, UUID resourceId) {
        return db.sql("SELECT " + COLUMNS + " FROM sending_resource WHERE tenant_id = :tenantId AND id = :id")
                .bind("tenantId", tenantId)
                .bind("id", resourceId)
                .map(R2dbcSendingResources::resource)
                .one();
    }

    @Override
    public Mono<Boolean> disable(UUID tenantId, UUID resourceId, Instant now) {
        return db.sql("""
                UPDATE sending_resource SET disabled_at = :now
                 WHERE tenant_id = :tenantId AND id = :id AND kind <> 'draft_desk' AND disabled_at IS NULL""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("tenantId", tenantId)
                .bind("id", resourceId)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Flux<SendingResource> candidates(UUID tenantId, Channel channel) {
        return db.sql("SELECT " + COLUMNS + "\n" + """
                 FROM sending_resource
                 WHERE tenant_id = :tenantId AND channel = :channel AND kind <> 'draft_desk' AND disabled_at IS NULL
                 ORDER BY last_allocated_at NULLS FIRST, created_at, id""")
                .bind("tenantId", tenantId)
                .bind("channel", channel.wireName())
                .map(R2dbcSendingResources::resource)
                .all();
    }

    @Override
    public Mono<SendingResource> findEnabled(UUID tenantId, UUID resourceId) {
        return db.sql("SELECT " + COLUMNS + "\n" + """
                 FROM sending_resource
                 WHERE tenant_id = :tenantId AND id = :id AND kind <> 'draft_desk' AND disabled_at IS NULL""")
                .bind("tenantId", tenantId)
                .bind("id", resourceId)
                .map(R2dbcSendingResources::resource)
                .one();
    }

    @Override
    public Mono<Boolean> reserve(UUID tenantId, String capacityKey, LocalDate day, int limit) {
        return db.sql("""
                INSERT INTO resource_usage (tenant_id, capacity_key, day, used) VALUES (:tenantId, :key, :day, 1)
                ON CONFLICT (tenant_id, capacity_key, day) DO UPDATE SET used = resource_usage.used + 1
                 WHERE resource_usage.used < :limit""")
                .bind("tenantId", tenantId)
                .bind("key", capacityKey)
                .bind("day", day)
                .bind("limit", limit)
                .fetch().rowsUpdated().map(rows -> rows == 1 && limit > 0);
    }

    @Override
    public Mono<Void> release(UUID tenantId, String capacityKey, LocalDate day) {
        return db.sql("""
                UPDATE resource_usage SET used = used - 1
                 WHERE tenant_id = :tenantId AND capacity_key = :key AND day = :day AND used > 0""")
                .bind("tenantId", tenantId)
                .bind("key", capacityKey)
                .bind("day", day)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Integer> used(UUID tenantId, String capacityKey, LocalDate day) {
        return db.sql("SELECT used FROM resource_usage WHERE tenant_id = :tenantId AND capacity_key = :key AND day = :day")
                .bind("tenantId", tenantId)
                .bind("key", capacityKey)
                .bind("day", day)
                .map(row -> row.get("used", Integer.class))
                .one()
                .defaultIfEmpty(0);
    }

    @Override
    public Mono<Void> markAllocated(UUID resourceId, Instant now) {
        return db.sql("UPDATE sending_resource SET last_allocated_at = :now WHERE id = :id")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("id", resourceId)
                .fetch().rowsUpdated().then();
    }

    private static SendingResource resource(Readable row) {
        String smtpHost = row.get("smtp_host", String.class);
        SmtpSettings smtp = smtpHost == null ? null : new SmtpSettings(smtpHost, row.get("smtp_port", Integer.class),
                row.get("smtp_username", String.class), Boolean.TRUE.equals(row.get("smtp_starttls", Boolean.class)));
        return new SendingResource(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                Channel.fromWire(row.get("channel", String.class)), ResourceKind.fromWire(row.get("kind", String.class)),
                row.get("name", String.class), row.get("address", String.class), row.get("from_name", String.class),
                row.get("domain", String.class), smtp, row.get("postal_address", String.class),
                row.get("daily_limit", Integer.class), row.get("warmup_started_on", LocalDate.class),
                ZoneId.of(row.get("time_zone", String.class)), row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
