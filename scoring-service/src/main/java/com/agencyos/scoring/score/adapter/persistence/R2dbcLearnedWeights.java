package com.agencyos.scoring.score.adapter.persistence;

import com.agencyos.platform.events.EventJson;
import com.agencyos.scoring.score.application.LearnedWeights;
import com.agencyos.scoring.score.application.ScoringPorts.LearnedWeightsStore;
import com.agencyos.scoring.score.domain.Weights;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLearnedWeights implements LearnedWeightsStore {

    private final DatabaseClient db;

    R2dbcLearnedWeights(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(LearnedWeights learned) {
        return db.sql("""
                INSERT INTO learned_weights (scope, scope_key, weights, confidence, sample_size, computed_at, valid_until)
                VALUES (:scope, :key, CAST(:weights AS jsonb), :confidence, :sampleSize, :computedAt, :validUntil)
                ON CONFLICT (scope, scope_key) DO UPDATE SET weights = EXCLUDED.weights,
                    confidence = EXCLUDED.confidence, sample_size = EXCLUDED.sample_size,
                    computed_at = EXCLUDED.computed_at, valid_until = EXCLUDED.valid_until
                WHERE learned_weights.computed_at <= EXCLUDED.computed_at""")
                .bind("scope", learned.scope().name().toLowerCase(Locale.ROOT))
                .bind("key", learned.key())
                .bind("weights", EventJson.write(learned.weights()))
                .bind("confidence", learned.confidence())
                .bind("sampleSize", learned.sampleSize())
                .bind("computedAt", utc(learned.computedAt()))
                .bind("validUntil", utc(learned.validUntil()))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Flux<LearnedWeights> usable(UUID tenantId, String industry, Instant now) {
        return db.sql("""
                SELECT scope, scope_key, weights::text AS weights, confidence, sample_size, computed_at, valid_until
                FROM learned_weights
                WHERE valid_until > :now AND ((scope = 'tenant' AND scope_key = :tenant)
                    OR (scope = 'industry' AND scope_key = :industry) OR scope = 'global')""")
                .bind("now", utc(now))
                .bind("tenant", tenantId.toString())
                .bind("industry", industry == null ? "" : industry)
                .map(row -> {
                    LearnedWeights.Scope scope = LearnedWeights.Scope.valueOf(
                            row.get("scope", String.class).toUpperCase(Locale.ROOT));
                    String key = row.get("scope_key", String.class);
                    return new LearnedWeights(scope, scope == LearnedWeights.Scope.TENANT ? UUID.fromString(key) : null,
                            scope == LearnedWeights.Scope.INDUSTRY ? key : null,
                            EventJson.read(row.get("weights", String.class), Weights.class),
                            row.get("confidence", Double.class), row.get("sample_size", Long.class),
                            row.get("computed_at", OffsetDateTime.class).toInstant(),
                            row.get("valid_until", OffsetDateTime.class).toInstant());
                })
                .all();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
