package com.agencyos.scoring.score.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import com.agencyos.scoring.score.application.LeadScoringService;
import com.agencyos.scoring.score.application.ScoredLead;
import com.agencyos.scoring.score.application.TenantRescore;
import com.agencyos.scoring.score.domain.Channel;
import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.InvalidWeightsException;
import com.agencyos.scoring.score.domain.LeadFacts;
import com.agencyos.scoring.score.domain.ScoreBreakdown;
import com.agencyos.scoring.score.domain.Weights;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/scores")
class ScoresController {

    private final LeadScoringService scoring;
    private final TenantRescore rescores;

    ScoresController(LeadScoringService scoring, TenantRescore rescores) {
        this.scoring = scoring;
        this.rescores = rescores;
    }

    @PostMapping("/{leadId}/rescore")
    Mono<RescoreView> rescore(Caller caller, @PathVariable UUID leadId) {
        caller.requireWriter();
        return scoring.rescoreLead(caller.tenantId(), leadId)
                .map(rescored -> new RescoreView(view(rescored.scored()), rescored.changed()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Lead", leadId)));
    }

    @PostMapping("/rescore")
    Mono<ResponseEntity<JobStarted>> rescoreTenant(Caller caller) {
        caller.requireAnyRole(Caller.OWNER, Caller.ADMIN);
        return rescores.start(caller.tenantId())
                .map(jobId -> ResponseEntity.accepted().location(URI.create("/api/v1/scores/rescore/" + jobId))
                        .body(new JobStarted(jobId)));
    }

    @GetMapping("/rescore/{jobId}")
    Mono<JobView> rescoreJob(Caller caller, @PathVariable UUID jobId) {
        return rescores.find(caller.tenantId(), jobId)
                .map(job -> new JobView(job.jobId(), job.status().name().toLowerCase(Locale.ROOT), job.done(),
                        job.total(), job.percent(), job.startedAt().toString(),
                        job.finishedAt() == null ? null : job.finishedAt().toString(), job.error()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Rescore job", jobId)));
    }

    @GetMapping("/distribution")
    Mono<DistributionView> distribution(Caller caller) {
        return scoring.distribution(caller.tenantId()).map(d -> {
            Map<String, Long> tiers = new LinkedHashMap<>();
            d.tiers().forEach((tier, count) -> tiers.put(tier.wireName(), count));
            List<BucketView> buckets = new ArrayList<>();
            for (int index = 0; index < d.buckets().size(); index++) {
                buckets.add(new BucketView(index * 10, index == d.buckets().size() - 1 ? 100 : index * 10 + 9,
                        d.buckets().get(index)));
            }
            return new DistributionView(d.total(), tiers, buckets);
        });
    }

    @GetMapping("/{leadId}")
    Mono<ScoreView> get(Caller caller, @PathVariable UUID leadId) {
        return scoring.find(caller.tenantId(), leadId).map(ScoresController::view)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Score of lead", leadId)));
    }

    @PostMapping("/preview")
    Mono<BreakdownView> preview(Caller caller, @Valid @RequestBody PreviewRequest request) {
        Icp icp = request.icp() == null ? null : icp(request.icp());
        return scoring.preview(caller.tenantId(), request.lead().toFacts(), icp).map(ScoresController::breakdown);
    }

    @GetMapping("/weights")
    Mono<WeightsView> weights(Caller caller) {
        return scoring.weights(caller.tenantId()).map(WeightsView::of);
    }

    @PutMapping("/weights")
    Mono<WeightsView> setWeights(Caller caller, @Valid @RequestBody WeightsView request) {
        caller.requireAnyRole(Caller.OWNER, Caller.ADMIN);
        Weights weights;
        try {
            weights = new Weights(request.dataQuality(), request.authority(), request.companyFit(), request.timing(),
                    request.risk());
        } catch (InvalidWeightsException e) {
            throw ApiProblem.badRequest("invalid-weights", e.getMessage());
        }
        return scoring.setManualWeights(caller.tenantId(), weights).thenReturn(WeightsView.of(weights));
    }

    private static Icp icp(IcpRequest icp) {
        try {
            return Icp.of(icp.industries(), icp.sizeMin(), icp.sizeMax(), icp.locations(), icp.competitorDomains());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invalid-icp", e.getMessage());
        }
    }

    static ScoreView view(ScoredLead scored) {
        return new ScoreView(scored.leadId(), breakdown(scored.breakdown()), scored.weightsSource().wireName(),
                scored.scoredAt().toString());
    }

    static BreakdownView breakdown(ScoreBreakdown b) {
        return new BreakdownView(b.score(), b.tier().wireName(),
                new ComponentsView(b.dataQuality(), b.authority(), b.companyFit(), b.timing(), b.risk()),
                b.reasons().stream().map(r -> new ReasonView(r.component().wireName(), r.points(), r.why())).toList(),
                WeightsView.of(b.weights()), b.allowedChannels().stream().map(Channel::wireName).toList());
    }

    record RescoreView(ScoreView score, boolean changed) {
    }

    record JobStarted(UUID jobId) {
    }

    record JobView(UUID jobId, String status, long done, long total, int percent, String startedAt, String finishedAt,
            String error) {
    }

    record DistributionView(long total, Map<String, Long> tiers, List<BucketView> histogram) {
    }

    record BucketView(int from, int to, long count) {
    }

    record ScoreView(UUID leadId, BreakdownView breakdown, String weightsSource, String scoredAt) {
    }

    record BreakdownView(int score, String tier, ComponentsView components, List<ReasonView> reasons,
            WeightsView weights, List<String> allowedChannels) {
    }

    record ComponentsView(int dataQuality, int authority, int companyFit, int timing, int risk) {
    }

    record ReasonView(String component, int points, String why) {
    }

    record WeightsView(@NotNull Double dataQuality, @NotNull Double authority, @NotNull Double companyFit,
            @NotNull Double timing, @NotNull Double risk) {
        static WeightsView of(Weights w) {
            return new WeightsView(w.dataQuality(), w.authority(), w.companyFit(), w.timing(), w.risk());
        }
    }

    record PreviewRequest(@NotNull @Valid LeadRequest lead, IcpRequest icp) {
    }

    record IcpRequest(List<String> industries, Integer sizeMin, Integer sizeMax, List<String> locations,
            List<String> competitorDomains) {
    }

    record LeadRequest(String email, Boolean emailVerified, String phone, String linkedinUrl, String title,
            String industry, Integer employeeCount, String country, Boolean hiring, LocalDate latestFundingDate,
            LocalDate employmentStartDate, Boolean bounced, String companyDomain, Boolean websiteReachable,
            Integer domainRank, Integer organicTraffic, Integer top10Keywords, Integer spamScore) {
        LeadFacts toFacts() {
            return LeadFacts.builder().email(email).emailVerified(emailVerified).phone(phone).linkedinUrl(linkedinUrl)
                    .title(title).industry(industry).employeeCount(employeeCount).country(country).hiring(hiring)
                    .latestFundingDate(latestFundingDate).employmentStartDate(employmentStartDate)
                    .bounced(Boolean.TRUE.equals(bounced)).companyDomain(companyDomain).websiteReachable(websiteReachable)
                    .domainRank(domainRank).organicTraffic(organicTraffic).top10Keywords(top10Keywords)
                    .spamScore(spamScore).build();
        }
    }
}
