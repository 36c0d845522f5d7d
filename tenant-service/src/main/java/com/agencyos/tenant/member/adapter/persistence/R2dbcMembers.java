package com.agencyos.tenant.member.adapter.persistence;

import com.agencyos.tenant.member.application.Members;
import com.agencyos.tenant.member.domain.Member;
import com.agencyos.tenant.member.domain.MemberRole;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcMembers implements Members {

    private static final String COLUMNS = "user_id, tenant_id, email, role, joined_at";

    private final DatabaseClient db;

    R2dbcMembers(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> lockTenant(UUID tenantId) {
        // A transaction-scoped advisory lock: it leaves the tenant row free for PATCH and usage updates.
        return db.sql("SELECT pg_advisory_xact_lock(hashtextextended('member:' || :tenantId, 0))")
                .bind("tenantId", tenantId.toString())
                .fetch().rowsUpdated()
                .then(tenantExists(tenantId));
    }

    @Override
    public Mono<Boolean> tenantExists(UUID tenantId) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM tenant WHERE id = :id AND NOT deleted) AS present")
                .bind("id", tenantId)
                .map(row -> Boolean.TRUE.equals(row.get("present", Boolean.class))).one();
    }

    @Override
    public Mono<Member> find(UUID tenantId, String userId) {
        return db.sql("SELECT " + COLUMNS + " FROM member WHERE tenant_id = :tenantId AND user_id = :userId")
                .bind("tenantId", tenantId).bind("userId", userId)
                .map(R2dbcMembers::member).one();
    }

    @Override
    public Mono<Member> findByEmail(UUID tenantId, String email) {
        return db.sql("SELECT " + COLUMNS + " FROM member WHERE tenant_id = :tenantId AND email = :email")
                .bind("tenantId", tenantId).bind("email", email)
                .map(R2dbcMembers::member).one();
    }

    @Override
    public Flux<Member> list(UUID tenantId) {
        return db.sql("SELECT " + COLUMNS + " FROM member WHERE tenant_id = :tenantId ORDER BY joined_at, user_id")
                .bind("tenantId", tenantId)
                .map(R2dbcMembers::member).all();
    }

    @Override
    public Mono<Long> countOwners(UUID tenantId) {
        return db.sql("SELECT count(*) AS owners FROM member WHERE tenant_id = :tenantId AND role = 'owner'")
                .bind("tenantId", tenantId)
                .map(row -> row.get("owners", Long.class)).one();
    }

    @Override
    public Mono<Void> insert(Member member) {
        return db.sql("INSERT INTO member (" + COLUMNS + ") VALUES (:userId, :tenantId, :email, :role, :joinedAt) "
                        + "ON CONFLICT DO NOTHING")
                .bind("userId", member.userId())
                .bind("tenantId", member.tenantId())
                .bind("email", member.email())
                .bind("role", member.role().name())
                .bind("joinedAt", member.joinedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> updateRole(UUID tenantId, String userId, MemberRole role) {
        return db.sql("UPDATE member SET role = :role WHERE tenant_id = :tenantId AND user_id = :userId")
                .bind("role", role.name()).bind("tenantId", tenantId).bind("userId", userId)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> delete(UUID tenantId, String userId) {
        return db.sql("DELETE FROM member WHERE tenant_id = :tenantId AND user_id = :userId")
                .bind("tenantId", tenantId).bind("userId", userId)
                .fetch().rowsUpdated().then();
    }

    private static Member member(Readable row) {
        return new Member(row.get("user_id", String.class), row.get("tenant_id", UUID.class), row.get("email", String.class),
                MemberRole.valueOf(row.get("role", String.class)), row.get("joined_at", OffsetDateTime.class).toInstant());
    }
}
