package com.agencyos.analytics.report.application;

import com.agencyos.analytics.report.domain.ChannelPerformance;
import com.agencyos.analytics.report.domain.CostReport;
import com.agencyos.analytics.report.domain.FirstTouchLatency;
import com.agencyos.analytics.report.domain.Funnel;
import com.agencyos.analytics.report.domain.IntentBreakdown;
import com.agencyos.analytics.report.domain.ReportScope;
import com.agencyos.analytics.report.domain.TierDistribution;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counts over the facts and the lead view that reports are made of; each is limited to the scope. */
public interface ReportQueries {

    /** The funnel stages of the leads first seen in the period, one row per campaign. */
    Flux<Funnel.Stages> funnel(ReportScope scope);

    /** Touches sent in the period with the replies and meetings they led to, per channel, step and variant. */
    Flux<ChannelPerformance.Row> channels(ReportScope scope);

    Flux<TierDistribution.Count> tiers(ReportScope scope);

    Flux<IntentBreakdown.Count> intents(ReportScope scope);

    Mono<FirstTouchLatency> firstTouch(ReportScope scope);

    Mono<CostReport.Usage> usage(ReportScope scope);
}
