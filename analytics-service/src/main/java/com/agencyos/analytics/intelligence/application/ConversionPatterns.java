package com.agencyos.analytics.intelligence.application;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.intelligence.domain.Patterns;
import com.agencyos.analytics.report.domain.ReportScope;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** WHEN, HOW and WHAT convert, for a tenant or the platform, never below the minimum sample. */
@Service
public class ConversionPatterns {

    private final PatternData data;
    private final int minSample;

    public ConversionPatterns(PatternData data, AnalyticsProperties properties) {
        this.data = data;
        this.minSample = properties.patterns().minSample();
    }

    public Mono<Patterns> patterns(ReportScope scope) {
        return data.sentTouches(scope).collectList().map(touches -> Patterns.of(touches, minSample));
    }
}
