package com.agencyos.outreach.enrollment.adapter.persistence;

import com.agencyos.outreach.enrollment.application.Unsubscribes;
import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcUnsubscribes implements Unsubscribes {

    private final DatabaseClient db;

    R2dbcUnsubscribes(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> record(Recipient recipient, Instant at) {
        return db.sql("""
                INSERT INTO unsubscribe (tenant_id, lead_id, email, unsubscribed_at) VALUES (:tenantId, :leadId, :email, :at)
                ON CONFLICT DO NOTHING""")
                .bind("tenantId", recipient.tenantId())
                .bind("leadId", recipient.leadId())
                .bind("email", recipient.email())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }
}
