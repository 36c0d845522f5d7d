package com.agencyos.playbook.account.adapter.llm;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLlmUsage implements LlmUsage {

    private final DatabaseClient db;

    R2dbcLlmUsage(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Long> spentSince(UUID tenantId, Instant since) {
        return db.sql("SELECT coalesce(sum(cost_micros), 0) AS spent FROM llm_usage WHERE tenant_id = :t AND called_at >= :since")
                .bind("t", tenantId).bind("since", since.atOffset(ZoneOffset.UTC))
                .map(row -> ((Number) row.get("spent")).longValue()).one();
    }

    @Override
    public Mono<Void> record(UUID tenantId, Instant at, String model, int promptTokens, int completionTokens, long costMicros,
            String outcome) {
        return db.sql("""
                INSERT INTO llm_usage (tenant_id, called_at, model, prompt_tokens, completion_tokens, cost_micros, outcome)
                VALUES (:t, :at, :model, :prompt, :completion, :cost, :outcome)""")
                .bind("t", tenantId).bind("at", at.atOffset(ZoneOffset.UTC)).bind("model", model)
                .bind("prompt", promptTokens).bind("completion", completionTokens).bind("cost", costMicros)
                .bind("outcome", outcome).fetch().rowsUpdated().then();
    }
}
