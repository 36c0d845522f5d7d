package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.application.ScoringPorts.LeadScores;
import com.agencyos.scoring.score.application.ScoringPorts.ScorePublisher;
import com.agencyos.scoring.score.application.ScoringPorts.TenantProfiles;
import com.agencyos.scoring.score.domain.AlsScorer;
import com.agencyos.scoring.score.domain.ChosenWeights;
import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.LeadFacts;
import com.agencyos.scoring.score.domain.ScoreBreakdown;
import com.agencyos.scoring.score.domain.Weights;
import com.agencyos.scoring.score.domain.WeightsCandidates;
import com.agencyos.scoring.score.domain.WeightsPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class LeadScoringService {

    private final AlsScorer scorer = new AlsScorer();
    private final WeightsPolicy policy = new WeightsPolicy();
    private final LeadScores scores;
    private final TenantProfiles tenants;
    private final ScorePublisher publisher;
    private final Clock clock;

    public LeadScoringService(LeadScores scores, TenantProfiles tenants, ScorePublisher publisher, Clock clock) {
        this.scores = scores;
        this.tenants = tenants;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Scores an enriched lead and publishes the result; runs inside the inbox transaction. */
    public Mono<Void> score(UUID leadId, UUID tenantId, LeadFacts facts, ScoredLead.LeadSummary summary) {
        return tenants.find(tenantId).defaultIfEmpty(TenantScoringProfile.DEFAULT).flatMap(profile -> {
            ChosenWeights chosen = policy.choose(profile.manualWeights()
                    .map(WeightsCandidates.NONE::withTenantManual).orElse(WeightsCandidates.NONE));
            ScoreBreakdown breakdown = scorer.score(facts, profile.icp(), chosen.weights(), today());
            ScoredLead scored = new ScoredLead(leadId, tenantId, summary, breakdown, chosen.source(), false, clock.instant());
            return scores.save(scored)
                    .flatMap(first -> publisher.scored(new ScoredLead(leadId, tenantId, summary, breakdown,
                            chosen.source(), first, scored.scoredAt())));
        });
    }

    /** Scores without storing anything, for what-if analysis; an ICP given here replaces the tenant's. */
    public Mono<ScoreBreakdown> preview(UUID tenantId, LeadFacts facts, Icp icpOverride) {
        return tenants.find(tenantId).defaultIfEmpty(TenantScoringProfile.DEFAULT).map(profile -> {
            ChosenWeights chosen = policy.choose(profile.manualWeights()
                    .map(WeightsCandidates.NONE::withTenantManual).orElse(WeightsCandidates.NONE));
            return scorer.score(facts, icpOverride != null ? icpOverride : profile.icp(), chosen.weights(), today());
        });
    }

    public Mono<ScoredLead> find(UUID tenantId, UUID leadId) {
        return scores.find(tenantId, leadId);
    }

    public Mono<Weights> weights(UUID tenantId) {
        return tenants.find(tenantId).flatMap(p -> Mono.justOrEmpty(p.manualWeights())).defaultIfEmpty(Weights.DEFAULT);
    }

    public Mono<Void> setManualWeights(UUID tenantId, Weights weights) {
        return tenants.saveManualWeights(tenantId, weights);
    }

    public Mono<Void> tenantChanged(UUID tenantId, Icp icp, long version) {
        return tenants.saveIcp(tenantId, icp, version);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
