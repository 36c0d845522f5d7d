package com.agencyos.analytics.report.application;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.report.domain.ChannelPerformance;
import com.agencyos.analytics.report.domain.CostReport;
import com.agencyos.analytics.report.domain.FirstTouchLatency;
import com.agencyos.analytics.report.domain.Funnel;
import com.agencyos.analytics.report.domain.IntentBreakdown;
import com.agencyos.analytics.report.domain.ReportScope;
import com.agencyos.analytics.report.domain.Table;
import com.agencyos.analytics.report.domain.TierDistribution;
import com.agencyos.analytics.report.domain.UnitCosts;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The reports, each computed on request from the facts, so they are as fresh as the projection. */
@Service
public class Reports {

    /** The reports by the name the API uses. */
    public static final List<String> NAMES = List.of("funnel", "channels", "tiers", "intents", "first-touch", "costs");

    private final ReportQueries queries;
    private final UnitCosts costs;

    public Reports(ReportQueries queries, AnalyticsProperties properties) {
        this.queries = queries;
        this.costs = properties.unitCosts();
    }

    public Mono<Funnel> funnel(ReportScope scope) {
        return queries.funnel(scope).collectList().map(rows -> Funnel.of(scope, rows));
    }

    public Mono<ChannelPerformance> channels(ReportScope scope) {
        return queries.channels(scope).collectList().map(rows -> ChannelPerformance.of(scope, rows));
    }

    public Mono<TierDistribution> tiers(ReportScope scope) {
        return queries.tiers(scope).collectList().map(rows -> TierDistribution.of(scope, rows));
    }

    public Mono<IntentBreakdown> intents(ReportScope scope) {
        return queries.intents(scope).collectList().map(rows -> IntentBreakdown.of(scope, rows));
    }

    public Mono<FirstTouchLatency> firstTouch(ReportScope scope) {
        return queries.firstTouch(scope);
    }

    public Mono<CostReport> costs(ReportScope scope) {
        return queries.usage(scope).map(usage -> CostReport.of(scope, usage, costs));
    }

    /** A report by name, with its table for CSV export; empty for a name that is not a report. */
    public Mono<Rendered> render(String name, ReportScope scope) {
        return switch (name) {
            case "funnel" -> funnel(scope).map(rendered(Funnel::table));
            case "channels" -> channels(scope).map(rendered(ChannelPerformance::table));
            case "tiers" -> tiers(scope).map(rendered(TierDistribution::table));
            case "intents" -> intents(scope).map(rendered(IntentBreakdown::table));
            case "first-touch" -> firstTouch(scope).map(rendered(FirstTouchLatency::table));
            case "costs" -> costs(scope).map(rendered(CostReport::table));
            default -> Mono.empty();
        };
    }

    /** A report and the same report as a table. */
    public record Rendered(Object report, Table table) {
    }

    private static <T> Function<T, Rendered> rendered(Function<T, Table> table) {
        return report -> new Rendered(report, table.apply(report));
    }
}
