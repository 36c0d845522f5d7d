package com.agencyos.analytics.fact.application;

import com.agencyos.analytics.fact.domain.EventFact;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records facts and keeps the projections in step with them. */
@Service
public class FactRecorder {

    private final EventFacts facts;
    private final List<FactProjection> projections;

    public FactRecorder(EventFacts facts, List<FactProjection> projections) {
        this.facts = facts;
        this.projections = List.copyOf(projections);
    }

    /**
     * Records the fact and projects it, in the caller's transaction. The inbox already skips a redelivered
     * event; the unique event id guards projections once more, because facts may also arrive by a replay.
     */
    public Mono<Void> record(EventFact fact) {
        return facts.append(fact)
                .flatMap(fresh -> fresh
                        ? Flux.fromIterable(projections).concatMap(projection -> projection.project(fact)).then()
                        : Mono.<Void>empty())
                .then();
    }
}
