package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.application.FactProjection;
import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadActivity;
import com.agencyos.analytics.lead.domain.LeadView;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps the lead view in step with the facts, one fact at a time, in the transaction that records it. */
@Component
class LeadProjector implements FactProjection {

    private static final Logger log = LoggerFactory.getLogger(LeadProjector.class);

    private final LeadViews views;

    LeadProjector(LeadViews views) {
        this.views = views;
    }

    @Override
    public Mono<Void> project(EventFact fact) {
        return Mono.justOrEmpty(LeadActivities.of(fact)).flatMap(this::apply);
    }

    private Mono<Void> apply(LeadActivity activity) {
        return views.lock(activity.leadId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(existing -> {
                    if (existing.isEmpty()) {
                        return views.save(LeadView.startedBy(activity));
                    }
                    LeadView view = existing.get();
                    if (!view.concerns(activity)) {
                        log.warn("Lead {} belongs to another tenant than an event about it claims ({}); view left as is",
                                activity.leadId(), activity.tenantId());
                        return Mono.empty();
                    }
                    return views.save(view.apply(activity));
                });
    }
}
