package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.application.ScoringPorts.LeadScores;
import com.agencyos.scoring.score.application.ScoringPorts.LearnedWeightsStore;
import com.agencyos.scoring.score.application.ScoringPorts.ScorePublisher;
import com.agencyos.scoring.score.application.ScoringPorts.TenantProfiles;
import com.agencyos.scoring.score.domain.AlsScorer;
import com.agencyos.scoring.score.domain.ChosenWeights;
import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.LeadFacts;
import com.agencyos.scoring.score.domain.PlatformLearnedWeights;
import com.agencyos.scoring.score.domain.ScoreBreakdown;
import com.agencyos.scoring.score.domain.TenantLearnedWeights;
import com.agencyos.scoring.score.domain.Weights;
import com.agencyos.scoring.score.domain.WeightsCandidates;
import com.agencyos.scoring.score.domain.WeightsPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

@Service
public class LeadScoringService {

    private final AlsScorer scorer = new AlsScorer();
    private final WeightsPolicy policy = new WeightsPolicy();
    private final LeadScores scores;
    private final TenantProfiles tenants;
    private final LearnedWeightsStore learned;
    private final ScorePublisher publisher;
    private final TransactionalOperator tx;
    private final Clock clock;

    public LeadScoringService(LeadScores scores, TenantProfiles tenants, LearnedWeightsStore learned,
            ScorePublisher publisher, TransactionalOperator tx, Clock clock) {
        this.scores = scores;
        this.tenants = tenants;
        this.learned = learned;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    /** What scoring a tenant's leads needs, read once per lead or once per page of a tenant-wide rescore. */
    public record TenantContext(Icp icp, ChosenWeights chosen, LocalDate today, Instant now) {
    }

    /** A rescore's result: the lead's score now, and whether it changed (and so was stored and published). */
    public record Rescored(ScoredLead scored, boolean changed) {
    }

    /** Scores an enriched lead and publishes the result if it changed; runs inside the inbox transaction. */
    public Mono<Void> score(UUID leadId, UUID tenantId, LeadFacts facts, ScoredLead.LeadSummary summary) {
        return scores.saveFacts(leadId, tenantId, facts, summary)
                .flatMap(stored -> context(tenantId).flatMap(ctx -> rescore(stored, ctx)))
                .then();
    }

    /** A hard bounce costs the lead its 15 risk points; a lead scoring never saw is left alone. */
    public Mono<Void> hardBounce(UUID tenantId, UUID leadId) {
        return scores.markBounced(tenantId, leadId)
                .filter(Boolean::booleanValue)
                .flatMap(known -> scores.stored(tenantId, leadId))
                .flatMap(stored -> context(tenantId).flatMap(ctx -> rescore(stored, ctx)))
                .then();
    }

    /** Rescores one of the tenant's leads from its stored facts; empty when the tenant has no such lead. */
    public Mono<Rescored> rescoreLead(UUID tenantId, UUID leadId) {
        return tx.transactional(scores.stored(tenantId, leadId)
                .flatMap(stored -> context(tenantId).flatMap(ctx -> rescore(stored, ctx))));
    }

    Mono<Rescored> rescore(StoredLead stored, TenantContext ctx) {
        return decide(stored, ctx).map(next -> store(next)
                        .flatMap(saved -> publisher.scored(List.of(saved)).thenReturn(new Rescored(saved, true))))
                .orElseGet(() -> Mono.just(new Rescored(stored.current(), false)));
    }

    /** The lead's new score, or empty when it equals the current one in every way consumers act on. */
    Optional<ScoredLead> decide(StoredLead stored, TenantContext ctx) {
        ScoreBreakdown breakdown = scorer.score(stored.facts(), ctx.icp(), ctx.chosen().weights(), ctx.today());
        ScoredLead current = stored.current();
        if (current != null && sameOutcome(current, breakdown, ctx.chosen())) {
            return Optional.empty();
        }
        return Optional.of(new ScoredLead(stored.leadId(), stored.tenantId(), stored.summary(), breakdown,
                ctx.chosen().source(), current == null, ctx.now()));
    }

    /** Stores a new score, settling {@code firstScore} by what the table held. */
    Mono<ScoredLead> store(ScoredLead next) {
        return scores.save(next).map(first -> new ScoredLead(next.leadId(), next.tenantId(), next.lead(),
                next.breakdown(), next.weightsSource(), first, next.scoredAt()));
    }

    Mono<Void> publish(List<ScoredLead> changed) {
        return publisher.scored(changed);
    }

    private static boolean sameOutcome(ScoredLead current, ScoreBreakdown next, ChosenWeights chosen) {
        ScoreBreakdown was = current.breakdown();
        return was.score() == next.score() && was.tier() == next.tier() && was.dataQuality() == next.dataQuality()
                && was.authority() == next.authority() && was.companyFit() == next.companyFit()
                && was.timing() == next.timing() && was.risk() == next.risk()
                && current.weightsSource() == chosen.source();
    }

    /**
     * The tenant's ICP and weights. The platform's industry weights are those of the tenant's first ICP
     * industry: the weights describe which leads convert for a kind of agency customer, and one set per tenant
     * keeps every lead of a tenant on the same scale (the lead's own industry already earns company-fit points).
     */
    public Mono<TenantContext> context(UUID tenantId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return tenants.find(tenantId).defaultIfEmpty(TenantScoringProfile.DEFAULT).flatMap(profile -> {
            if (profile.manualWeights().isPresent()) {
                return Mono.just(new TenantContext(profile.icp(),
                        policy.choose(WeightsCandidates.NONE.withTenantManual(profile.manualWeights().get())), today, now));
            }
            String industry = profile.icp().industries().isEmpty() ? null
                    : LearnedWeights.industryKey(profile.icp().industries().getFirst());
            return learned.usable(tenantId, industry, now)
                    .reduce(WeightsCandidates.NONE, LeadScoringService::withLearned)
                    .map(candidates -> new TenantContext(profile.icp(), policy.choose(candidates), today, now));
        });
    }

    private static WeightsCandidates withLearned(WeightsCandidates candidates, LearnedWeights weights) {
        return switch (weights.scope()) {
            case TENANT -> candidates.withTenantLearned(
                    new TenantLearnedWeights(weights.weights(), weights.confidence(), weights.sampleSize()));
            case INDUSTRY -> candidates.withPlatformIndustry(
                    new PlatformLearnedWeights(weights.weights(), weights.confidence()));
            case GLOBAL -> candidates.withPlatformGlobal(
                    new PlatformLearnedWeights(weights.weights(), weights.confidence()));
        };
    }

    /** Scores without storing anything, for what-if analysis; an ICP given here replaces the tenant's. */
    public Mono<ScoreBreakdown> preview(UUID tenantId, LeadFacts facts, Icp icpOverride) {
        return context(tenantId).map(ctx -> scorer.score(facts, icpOverride != null ? icpOverride : ctx.icp(),
                ctx.chosen().weights(), ctx.today()));
    }

    public Mono<ScoredLead> find(UUID tenantId, UUID leadId) {
        return scores.find(tenantId, leadId);
    }

    public Mono<ScoreDistribution> distribution(UUID tenantId) {
        return scores.distribution(tenantId);
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

    public Mono<Void> weightsLearned(LearnedWeights weights) {
        return learned.save(weights);
    }
}
