package com.agencyos.analytics.intelligence.adapter.web;

import com.agencyos.analytics.intelligence.application.ConversionIntelligence;
import com.agencyos.analytics.intelligence.application.ConversionIntelligence.ScopeResult;
import com.agencyos.analytics.intelligence.application.ConversionPatterns;
import com.agencyos.analytics.intelligence.domain.ComponentWeights;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Learned;
import com.agencyos.analytics.intelligence.domain.WeightLearner.NotLearned;
import com.agencyos.analytics.report.domain.InvalidReportRequest;
import com.agencyos.analytics.report.domain.ReportScope;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Conversion intelligence: learned ALS weights on demand, and the WHEN/HOW/WHAT patterns. */
@RestController
class IntelligenceController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ConversionIntelligence intelligence;
    private final ConversionPatterns patterns;
    private final Clock clock;

    IntelligenceController(ConversionIntelligence intelligence, ConversionPatterns patterns, Clock clock) {
        this.intelligence = intelligence;
        this.patterns = patterns;
        this.clock = clock;
    }

    /**
     * What was learned for one scope. {@code published} says whether it cleared the minimums and went out on
     * {@code scoring.weights.learned}; {@code reason} says why not.
     */
    record LearnedScope(String scope, UUID tenantId, String industry, boolean published, ComponentWeights weights,
            Double confidence, long sampleSize, long conversions, String reason) {

        static LearnedScope of(ScopeResult result) {
            return switch (result.result()) {
                case Learned l -> new LearnedScope(result.scope(), result.tenantId(), result.industry(), true,
                        l.weights(), l.confidence(), l.sampleSize(), l.conversions(), null);
                case NotLearned n -> new LearnedScope(result.scope(), result.tenantId(), result.industry(), false, null,
                        null, n.sampleSize(), n.conversions(), n.reason());
            };
        }
    }

    /**
     * Learns now. A platform administrator learns every tenant's, industry's and the global weights; a tenant's owner
     * or admin learns the tenant's own.
     */
    @PostMapping("/api/v1/analytics/intelligence/weights")
    Mono<List<LearnedScope>> learn(Caller caller) {
        UUID tenant = null;
        if (!(caller.isPlatformAdmin() && caller.tenant().isEmpty())) {
            tenant = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        }
        return intelligence.learn(tenant).map(results -> results.stream().map(LearnedScope::of).toList());
    }

    /** The patterns as JSON, or as CSV with {@code format=csv} (the same export as every report's). */
    @GetMapping("/api/v1/analytics/intelligence/patterns")
    Mono<ResponseEntity<Object>> patterns(Caller caller, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String format) {
        UUID tenant = null;
        if (!(caller.isPlatformAdmin() && caller.tenant().isEmpty())) {
            tenant = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN, Caller.MEMBER, Caller.VIEWER).tenantId();
        }
        boolean csv = "csv".equals(format);
        ReportScope scope;
        try {
            if (format != null && !csv && !"json".equals(format)) {
                throw new InvalidReportRequest(Map.of("format", "must be json or csv"));
            }
            scope = ReportScope.parse(tenant, from, to, campaign, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (InvalidReportRequest e) {
            throw ApiProblem.invalid("The pattern request has invalid parameters.", e.errors());
        }
        return patterns.patterns(scope).map(found -> csv
                ? ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patterns-" + scope.from() + "-"
                                + scope.to() + ".csv\"")
                        .body((Object) found.table().csv())
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found));
    }
}
