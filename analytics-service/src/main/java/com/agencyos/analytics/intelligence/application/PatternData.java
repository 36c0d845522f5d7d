package com.agencyos.analytics.intelligence.application;

import com.agencyos.analytics.intelligence.domain.Patterns.SentTouch;
import com.agencyos.analytics.report.domain.ReportScope;
import reactor.core.publisher.Flux;

/** The touches sent in a scope, with what followed each, read from the facts. */
public interface PatternData {

    Flux<SentTouch> sentTouches(ReportScope scope);
}
