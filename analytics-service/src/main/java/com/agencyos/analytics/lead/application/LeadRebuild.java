package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.config.AnalyticsProperties;
import com.agencyos.analytics.fact.application.EventFacts;
import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadActivity;
import com.agencyos.analytics.lead.domain.LeadView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Builds every lead's view again from the facts alone, with the same rules the live projection uses, and removes
 * views no fact supports.
 *
 * <p>Leads are rebuilt a batch at a time, each batch in a short transaction that first locks the batch's views: an
 * event consumed meanwhile either committed before the lock (its fact is read) or waits for the batch and is
 * applied on top of the rebuilt view, so none is lost or applied twice, and the live projection never waits longer
 * than one batch. Each lead's facts are read in the order they were recorded, so a lead id claimed by two tenants
 * goes to the same one as it did live.
 */
@Service
public class LeadRebuild {

    private static final Logger log = LoggerFactory.getLogger(LeadRebuild.class);

    private final EventFacts facts;
    private final LeadViews views;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final int leadsPerBatch;

    public LeadRebuild(EventFacts facts, LeadViews views, TransactionalOperator tx, Clock clock,
            AnalyticsProperties properties) {
        this.facts = facts;
        this.views = views;
        this.tx = tx;
        this.clock = clock;
        this.leadsPerBatch = properties.rebuildBatch();
    }

    /** What a rebuild did. */
    public record Outcome(long leads, long facts, Duration took) {
    }

    public Mono<Outcome> rebuild() {
        Instant started = clock.instant();
        Progress progress = new Progress();
        return rebuildAfter(null, progress)
                .then(views.removeUnsupported())
                .then(Mono.fromSupplier(() -> new Outcome(progress.leads, progress.facts,
                        Duration.between(started, clock.instant()))))
                .doOnNext(outcome -> log.info("Lead view rebuilt: {} leads from {} facts in {} ms", outcome.leads(),
                        outcome.facts(), outcome.took().toMillis()));
    }

    /** Counts kept while one rebuild runs; its batches run one after the other. */
    private static final class Progress {
        private static final int REPORT_EVERY = 100;
        private long leads;
        private long facts;
        private long batches;

        void add(int factCount, int leadCount) {
            facts += factCount;
            leads += leadCount;
            if (++batches % REPORT_EVERY == 0) {
                log.info("Rebuilding the lead view: {} leads from {} facts so far", leads, facts);
            }
        }
    }

    /**
     * The next batch of leads after the given one, then the rest. Each step waits for the one before: a transaction
     * has one connection, and a query issued while another's rows are still being read stalls it.
     */
    private Mono<Void> rebuildAfter(UUID after, Progress progress) {
        return facts.leadIdsAfter(after, leadsPerBatch).collectList().flatMap(ids -> {
            if (ids.isEmpty()) {
                return Mono.empty();
            }
            Mono<Void> batch = views.lockAll(ids)
                    .then(facts.factsOfLeads(ids).collectList())
                    .flatMap(found -> {
                        List<LeadView> rebuilt = fold(found);
                        progress.add(found.size(), rebuilt.size());
                        return views.saveAll(rebuilt);
                    });
            return tx.transactional(batch).then(Mono.defer(() -> rebuildAfter(ids.getLast(), progress)));
        });
    }

    /** The views of the leads in a batch of facts sorted by lead, then by arrival. */
    static List<LeadView> fold(List<EventFact> batch) {
        List<LeadView> rebuilt = new ArrayList<>();
        LeadView current = null;
        UUID currentLead = null;
        for (EventFact fact : batch) {
            if (!fact.leadId().equals(currentLead)) {
                if (current != null) {
                    rebuilt.add(current);
                }
                current = null;
                currentLead = fact.leadId();
            }
            Optional<LeadActivity> activity = LeadActivities.of(fact);
            if (activity.isEmpty()) {
                continue;
            }
            current = current == null ? LeadView.startedBy(activity.get()) : current.apply(activity.get());
        }
        if (current != null) {
            rebuilt.add(current);
        }
        return rebuilt;
    }
}
