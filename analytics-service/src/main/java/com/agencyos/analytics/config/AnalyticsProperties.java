package com.agencyos.analytics.config;

import com.agencyos.analytics.report.domain.UnitCosts;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agencyos.analytics.*}: unit costs for the cost report, and the limits of conversion intelligence. Every
 * value has a built-in default, so the service runs with none set.
 */
@ConfigurationProperties("agencyos.analytics")
public record AnalyticsProperties(Costs costs, Learning learning, Patterns patterns, Integer rebuildBatch) {

    /** How many leads a rebuild reads and writes at a time. */
    public static final int DEFAULT_REBUILD_BATCH = 500;

    public AnalyticsProperties {
        rebuildBatch = rebuildBatch == null || rebuildBatch < 1 ? DEFAULT_REBUILD_BATCH : rebuildBatch;
        costs = costs == null ? new Costs(null, null, null, null, null, null, null) : costs;
        learning = learning == null ? new Learning(null, null, null, null, null) : learning;
        patterns = patterns == null ? new Patterns(null) : patterns;
    }

    public UnitCosts unitCosts() {
        return costs.unitCosts();
    }

    /** Unit costs in micro-AUD; see {@link UnitCosts}. */
    public record Costs(Map<String, Long> channelMicros, Long voiceMinuteMicros, Double voiceMinutesPerCall,
            Long linkedinSeatMonthMicros, Map<String, Long> enrichmentCallMicros, Long llmPlaybookMicros,
            Long llmReplyMicros) {

        UnitCosts unitCosts() {
            UnitCosts d = UnitCosts.defaults();
            return new UnitCosts(channelMicros == null ? d.channelMicros() : channelMicros,
                    voiceMinuteMicros == null ? d.voiceMinuteMicros() : voiceMinuteMicros,
                    voiceMinutesPerCall == null ? d.voiceMinutesPerCall() : voiceMinutesPerCall,
                    linkedinSeatMonthMicros == null ? d.linkedinSeatMonthMicros() : linkedinSeatMonthMicros,
                    enrichmentCallMicros == null ? d.enrichmentCallMicros() : enrichmentCallMicros,
                    llmPlaybookMicros == null ? d.llmPlaybookMicros() : llmPlaybookMicros,
                    llmReplyMicros == null ? d.llmReplyMicros() : llmReplyMicros);
        }
    }

    /**
     * @param minSample fewest scored leads with a known outcome before weights are learned for a scope
     * @param minConversions fewest meetings among them
     * @param ridge the L2 penalty of the logistic regression
     * @param validFor how long published weights stay usable
     * @param outcomeAfter how long after its first touch a lead without a meeting counts as a known "no"
     */
    public record Learning(Integer minSample, Integer minConversions, Double ridge, Duration validFor,
            Duration outcomeAfter) {

        public Learning {
            minSample = minSample == null ? 200 : minSample;
            minConversions = minConversions == null ? 20 : minConversions;
            ridge = ridge == null ? 1.0 : ridge;
            validFor = validFor == null ? Duration.ofDays(30) : validFor;
            outcomeAfter = outcomeAfter == null ? Duration.ofDays(21) : outcomeAfter;
        }
    }

    /** @param minSample fewest touches behind a pattern before it is shown */
    public record Patterns(Integer minSample) {

        public Patterns {
            minSample = minSample == null ? 30 : minSample;
        }
    }
}
