package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.LeadFacts;
import com.agencyos.scoring.score.domain.Weights;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ports scoring needs; adapters implement them over R2DBC and the outbox. */
public final class ScoringPorts {

    private ScoringPorts() {
    }

    public interface LeadScores {
        /** Stores the score; emits true when it is the lead's first. */
        Mono<Boolean> save(ScoredLead scored);

        Mono<ScoredLead> find(UUID tenantId, UUID leadId);

        /**
         * Keeps the lead's latest facts and emits them with its current score. A hard bounce on record stays
         * on record whatever the new facts say. Errors when the lead belongs to another tenant.
         */
        Mono<StoredLead> saveFacts(UUID leadId, UUID tenantId, LeadFacts facts, ScoredLead.LeadSummary summary);

        /** The tenant's lead with its facts and current score; empty when scoring never received its facts. */
        Mono<StoredLead> stored(UUID tenantId, UUID leadId);

        /** Records a hard bounce in the lead's facts; emits whether the tenant's lead is known. */
        Mono<Boolean> markBounced(UUID tenantId, UUID leadId);

        /** Up to {@code limit} of the tenant's leads with ids after {@code after} (null: from the start), by id. */
        Flux<StoredLead> page(UUID tenantId, UUID after, int limit);

        Mono<Long> countLeads(UUID tenantId);

        Mono<ScoreDistribution> distribution(UUID tenantId);
    }

    public interface TenantProfiles {
        Mono<TenantScoringProfile> find(UUID tenantId);

        Mono<Void> saveIcp(UUID tenantId, Icp icp, long version);

        Mono<Void> saveManualWeights(UUID tenantId, Weights weights);
    }

    public interface LearnedWeightsStore {
        /** Keeps the weights unless weights computed later are already stored for the same scope and key. */
        Mono<Void> save(LearnedWeights learned);

        /** The tenant's, the industry's (when not null) and the global weights still valid at {@code now}. */
        Flux<LearnedWeights> usable(UUID tenantId, String industry, Instant now);
    }

    public interface RescoreJobs {
        Mono<Void> create(RescoreJob job);

        Mono<Void> advance(UUID jobId, long leads);

        Mono<Void> finish(UUID jobId, RescoreJob.Status status, Instant at, String error);

        Mono<RescoreJob> find(UUID tenantId, UUID jobId);
    }

    public interface ScorePublisher {
        Mono<Void> scored(List<ScoredLead> scored);
    }
}
