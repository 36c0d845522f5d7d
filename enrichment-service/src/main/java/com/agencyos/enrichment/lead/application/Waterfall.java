package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.CacheKey;
import com.agencyos.enrichment.lead.domain.CallOutcome;
import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.enrichment.lead.domain.Merge;
import com.agencyos.enrichment.lead.domain.NormalisedLead;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import com.agencyos.enrichment.lead.domain.ProviderCall;
import com.agencyos.enrichment.lead.domain.Sourced;
import com.agencyos.enrichment.lead.domain.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tier 0 the cache, tier 1 every configured provider at once (Hunter, Apollo, web presence, the built-in website
 * provider), then tier 2 the premium provider for leads still below the confidence threshold, within the tenant's
 * daily premium share. Answers merge field by field; every call is reported with its outcome and cost.
 */
@Component
public class Waterfall {

    private static final Logger log = LoggerFactory.getLogger(Waterfall.class);

    private final List<EnrichmentProvider> providers;
    private final EnrichmentPorts.Cache cache;
    private final EnrichmentPorts.PremiumUsage premiumUsage;
    private final Clock clock;
    private final double premiumThreshold;
    private final double premiumShare;

    public Waterfall(List<EnrichmentProvider> providers, EnrichmentPorts.Cache cache,
            EnrichmentPorts.PremiumUsage premiumUsage, Clock clock,
            @Value("${agencyos.enrichment.premium.threshold:0.70}") double premiumThreshold,
            @Value("${agencyos.enrichment.premium.share:0.15}") double premiumShare) {
        this.providers = providers.stream().sorted(Comparator.comparingInt(EnrichmentProvider::tier)).toList();
        this.cache = cache;
        this.premiumUsage = premiumUsage;
        this.clock = clock;
        this.premiumThreshold = premiumThreshold;
        this.premiumShare = premiumShare;
    }

    public Mono<EnrichedLead> enrich(NormalisedLead lead, LocalDate tenantDay) {
        var query = lead.query();
        UUID tenantId = lead.intake().tenantId();
        List<EnrichmentProvider> tier1 = providers.stream().filter(p -> p.tier() == 1 && p.enabled()).toList();
        List<EnrichmentProvider> tier2 = providers.stream().filter(p -> p.tier() == 2 && p.enabled()).toList();
        return Flux.fromIterable(tier1)
                .flatMapSequential(p -> p.appliesTo(query) ? consult(p, lead) : Mono.just(skipped(p)))
                .collectList()
                .flatMap(first -> {
                    List<ProviderAnswer> answers = new ArrayList<>();
                    answers.add(lead.form());
                    first.forEach(c -> c.answerTo(answers));
                    Map<Field, Sourced> merged = Merge.merge(answers);
                    if (Merge.confidence(merged) >= premiumThreshold || tier2.isEmpty()) {
                        return Mono.just(result(lead, answers, first));
                    }
                    return Flux.fromIterable(tier2)
                            .concatMap(p -> !p.appliesTo(query) ? Mono.just(skipped(p))
                                    : premiumUsage.claim(tenantId, tenantDay, premiumShare)
                                            .flatMap(granted -> granted ? consult(p, lead) : Mono.just(skipped(p))))
                            .collectList()
                            .map(second -> {
                                second.forEach(c -> c.answerTo(answers));
                                List<Consulted> all = new ArrayList<>(first);
                                all.addAll(second);
                                return result(lead, answers, all);
                            });
                });
    }

    private EnrichedLead result(NormalisedLead lead, List<ProviderAnswer> answers, List<Consulted> consulted) {
        List<ProviderCall> calls = new ArrayList<>();
        boolean cacheable = consulted.stream().anyMatch(c -> c.cacheable);
        if (cacheable) {
            boolean anyHit = consulted.stream().anyMatch(c -> c.call.cached());
            calls.add(new ProviderCall("cache", 0, anyHit ? CallOutcome.hit : CallOutcome.miss, 0, anyHit));
        }
        consulted.forEach(c -> calls.add(c.call));
        EnrichedLead enriched = EnrichedLead.of(lead, Merge.merge(answers), calls, clock.instant());
        log.info("Enriched lead {} for tenant {}: {} confidence {} cost {} micro-AUD, calls {}", enriched.leadId(),
                enriched.tenantId(), enriched.status(), enriched.confidence(), enriched.totalCostMicros(),
                calls.stream().map(c -> c.provider() + "=" + c.outcome() + (c.cached() ? "(cached)" : "")).toList());
        return enriched;
    }

    /** Asks the cache first, then the provider; a provider's answer (even "nothing known") is cached for next time. */
    private Mono<Consulted> consult(EnrichmentProvider provider, NormalisedLead lead) {
        CacheKey key = CacheKey.of(provider.scope(), lead.query());
        if (key == null) {
            return call(provider, lead, null);
        }
        return cache.get(key.key(), provider.name(), clock.instant())
                .map(answer -> new Consulted(new ProviderCall(provider.name(), provider.tier(),
                        answer.hasData() ? CallOutcome.hit : CallOutcome.miss, 0, true), answer, true))
                .switchIfEmpty(Mono.defer(() -> call(provider, lead, key)));
    }

    private Mono<Consulted> call(EnrichmentProvider provider, NormalisedLead lead, CacheKey key) {
        return provider.fetch(lead.query()).flatMap(result -> {
            var call = new ProviderCall(provider.name(), provider.tier(), result.outcome(), result.costMicros(), false);
            log.info("Provider call {} tier {} for lead {}: {} costing {} micro-AUD", provider.name(), provider.tier(),
                    lead.intake().leadId(), result.outcome(), result.costMicros());
            Consulted consulted = new Consulted(call, result.answer(), key != null);
            if (key == null || !result.outcome().charged() || result.answer() == null) {
                return Mono.just(consulted);
            }
            return cache.put(key.key(), result.answer(), clock.instant().plus(key.timeToLive()))
                    .onErrorResume(e -> {
                        log.warn("Could not cache {} answer under {}: {}", provider.name(), key.key(), e.toString());
                        return Mono.empty();
                    })
                    .thenReturn(consulted);
        });
    }

    private static Consulted skipped(EnrichmentProvider provider) {
        return new Consulted(new ProviderCall(provider.name(), provider.tier(), CallOutcome.skipped, 0, false), null, false);
    }

    private record Consulted(ProviderCall call, ProviderAnswer answer, boolean cacheable) {

        void answerTo(List<ProviderAnswer> answers) {
            if (answer != null) {
                answers.add(answer);
            }
        }
    }
}
