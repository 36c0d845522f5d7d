package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.Weights;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The ports scoring needs; adapters implement them over R2DBC and the outbox. */
public final class ScoringPorts {

    private ScoringPorts() {
    }

    public interface LeadScores {
        /** Stores the score; emits true when it is the lead's first. */
        Mono<Boolean> save(ScoredLead scored);

        Mono<ScoredLead> find(UUID tenantId, UUID leadId);
    }

    public interface TenantProfiles {
        Mono<TenantScoringProfile> find(UUID tenantId);

        Mono<Void> saveIcp(UUID tenantId, Icp icp, long version);

        Mono<Void> saveManualWeights(UUID tenantId, Weights weights);
    }

    public interface ScorePublisher {
        Mono<Void> scored(ScoredLead scored);
    }
}
