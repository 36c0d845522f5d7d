package com.agencyos.analytics.intelligence.application;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.intelligence.application.LearningData.LeadOutcome;
import com.agencyos.analytics.intelligence.domain.ComponentWeights;
import com.agencyos.analytics.intelligence.domain.WeightLearner;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Learned;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Result;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Rules;
import com.agencyos.analytics.intelligence.domain.WeightLearner.Sample;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * WHO converts: learns ALS weights from meetings booked, per tenant and, from the tenants that consent to data
 * sharing, per industry and platform-wide, and publishes each set that clears the minimum sample on
 * {@code scoring.weights.learned} through the outbox. Weekly, and on demand.
 */
@Service
public class ConversionIntelligence {

    public static final String TOPIC = "scoring.weights.learned";
    public static final String TYPE = "agencyos.scoring.weights-learned.v1";

    private static final Logger log = LoggerFactory.getLogger(ConversionIntelligence.class);

    private final LearningData data;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final AnalyticsProperties.Learning settings;

    public ConversionIntelligence(LearningData data, Outbox outbox, TransactionalOperator tx, Clock clock,
            AnalyticsProperties properties) {
        this.data = data;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.settings = properties.learning();
    }

    /** What was learned for one scope, published or not. */
    public record ScopeResult(String scope, UUID tenantId, String industry, Result result) {

        public boolean published() {
            return result instanceof Learned;
        }
    }

    /** The payload of {@code agencyos.scoring.weights-learned.v1}; {@code conversions} is an addition to the schema. */
    public record WeightsLearned(String scope, UUID tenantId, String industry, ComponentWeights weights,
            double confidence, long sampleSize, long conversions, Instant computedAt, Instant validUntil) {
    }

    /** Not in the jar's topic-replay mode: a half-replayed database would publish weights learned from part of the history. */
    @Scheduled(cron = "#{${agencyos.analytics.replay-topics-and-exit:false} ? '-' : '${agencyos.analytics.learning.cron:0 0 17 * * SUN}'}",
            zone = "UTC")
    void weekly() {
        learn(null).subscribe(results -> log.info("Weekly learning: {} of {} scopes published",
                results.stream().filter(ScopeResult::published).count(), results.size()),
                error -> log.error("Weekly learning failed", error));
    }

    /**
     * Learns and publishes. For one tenant ({@code tenantId} set) only its own weights; for the platform (null) every
     * tenant's, every industry's and the global ones.
     */
    public Mono<List<ScopeResult>> learn(UUID tenantId) {
        Instant now = clock.instant();
        Rules rules = new Rules(settings.minSample(), settings.minConversions(), settings.ridge());
        return data.outcomes(tenantId, now.minus(settings.outcomeAfter())).collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(outcomes -> learnAll(outcomes, tenantId == null, rules))
                .flatMap(results -> publish(results, now).thenReturn(results));
    }

    static List<ScopeResult> learnAll(List<LeadOutcome> outcomes, boolean platform, Rules rules) {
        Map<UUID, List<Sample>> byTenant = new LinkedHashMap<>();
        Map<String, List<Sample>> byIndustry = new TreeMap<>();
        List<Sample> global = new ArrayList<>();
        for (LeadOutcome outcome : outcomes) {
            byTenant.computeIfAbsent(outcome.tenantId(), t -> new ArrayList<>()).add(outcome.sample());
            if (outcome.sharing()) {
                global.add(outcome.sample());
                if (outcome.industry() != null) {
                    byIndustry.computeIfAbsent(outcome.industry(), i -> new ArrayList<>()).add(outcome.sample());
                }
            }
        }
        List<ScopeResult> results = new ArrayList<>();
        byTenant.forEach((tenant, samples) -> results.add(new ScopeResult("tenant", tenant, null,
                WeightLearner.learn(samples, rules))));
        if (platform) {
            byIndustry.forEach((industry, samples) -> results.add(new ScopeResult("industry", null, industry,
                    WeightLearner.learn(samples, rules))));
            results.add(new ScopeResult("global", null, null, WeightLearner.learn(global, rules)));
        }
        return results;
    }

    private Mono<Void> publish(List<ScopeResult> results, Instant now) {
        List<OutgoingEvent> events = new ArrayList<>();
        for (ScopeResult result : results) {
            if (result.result() instanceof Learned learned) {
                var payload = new WeightsLearned(result.scope(), result.tenantId(), result.industry(), learned.weights(),
                        learned.confidence(), learned.sampleSize(), learned.conversions(), now,
                        now.plus(settings.validFor()));
                String key = switch (result.scope()) {
                    case "tenant" -> result.tenantId().toString();
                    case "industry" -> "industry:" + result.industry();
                    default -> "global";
                };
                events.add(new OutgoingEvent(TOPIC, TYPE, key, result.tenantId(), key, payload));
            }
        }
        return events.isEmpty() ? Mono.empty() : tx.transactional(outbox.append(events));
    }
}
